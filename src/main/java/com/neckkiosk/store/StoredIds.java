package com.neckkiosk.store;

import com.neckkiosk.content.Language;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Question;
import java.sql.SQLDataException;
import java.util.regex.Pattern;

/**
 * Ids as the store keeps them. Checked on the way in, so that no name or free text can
 * reach a column even through a bug elsewhere; parsed on the way out, so that a value this
 * program does not know is reported rather than guessed at.
 */
final class StoredIds {

    static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");
    static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final Pattern VISIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,48}");
    static final Pattern ANSWER = Pattern.compile("[a-z0-9_]{1,32}");
    static final Pattern REASON = Pattern.compile("[a-z0-9_]{1,39}\\??");
    static final Pattern STEP = Pattern.compile("[a-z0-9_]{1,40}");

    private StoredIds() {
    }

    /**
     * @throws IllegalArgumentException naming the field and what is allowed; the value itself
     *         is left out of the message in case it is something a patient typed
     */
    static String check(Pattern allowed, String what, String value) {
        if (value == null || !allowed.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + allowed.pattern() + " (an id, never free text)"
                    + (value == null ? ", was null" : ", was " + value.length() + " characters that do not"));
        }
        return value;
    }

    static Question question(String id) throws SQLDataException {
        for (Question question : Question.values()) {
            if (question.id().equals(id)) {
                return question;
            }
        }
        throw unknown("question id", id);
    }

    static Exercise exercise(String id) throws SQLDataException {
        for (Exercise exercise : Exercise.values()) {
            if (exercise.id().equals(id)) {
                return exercise;
            }
        }
        throw unknown("exercise id", id);
    }

    static Language language(String code) throws SQLDataException {
        return Language.fromCode(code).orElseThrow(() -> unknown("language", code));
    }

    /** Enums stored by their constant name (dispositions, outcomes, sheet states). */
    static <E extends Enum<E>> E named(Class<E> type, String name) throws SQLDataException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw unknown(type.getSimpleName(), name);
        }
    }

    private static SQLDataException unknown(String what, String value) {
        return new SQLDataException("unknown " + what + " '" + value + "' in the database (written by a newer program?)");
    }
}
