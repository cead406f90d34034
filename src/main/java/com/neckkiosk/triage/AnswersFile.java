package com.neckkiosk.triage;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a complete set of answers in {@code java.util.Properties} syntax, one
 * {@code id=value} per line, as the spec's {@code triage} command takes them. It is strict:
 * every required id present, nothing unknown, nothing twice. Where a file has several
 * faults, the first unknown id is reported, else the first fault in the Answers table's order.
 */
public final class AnswersFile {

    /** Not an answer to a question: the wizard's help button, optional in a file. */
    public static final String HELP_REQUESTED = "help_requested";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final String REPLIES = "yes, no, unsure";

    private final String name;
    private final Map<String, String> values;
    private final Set<String> repeated;

    private AnswersFile(String name, Map<String, String> values, Set<String> repeated) {
        this.name = name;
        this.values = values;
        this.repeated = repeated;
    }

    /** Reads and checks a file. */
    public static Answers read(Path file) throws AnswersFileException {
        if (Files.isDirectory(file)) {
            throw new AnswersFileException(file + ": cannot read the answers file: it is a folder");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return parse(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new AnswersFileException(file + ": cannot read the answers file: it does not exist");
        } catch (AccessDeniedException e) {
            throw new AnswersFileException(file + ": cannot read the answers file: permission denied");
        } catch (IOException e) {
            throw new AnswersFileException(file + ": cannot read the answers file: " + e.getMessage());
        }
    }

    /** Checks answers given as text; {@code name} is what error messages call the file. */
    public static Answers parse(String name, String text) throws AnswersFileException {
        try {
            return parse(name, new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError("a string cannot fail to read", e);
        }
    }

    private static Answers parse(String name, Reader reader) throws IOException, AnswersFileException {
        KeyRecordingProperties properties = new KeyRecordingProperties();
        try {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            // Properties rejects a malformed \\uXXXX escape this way
            throw new AnswersFileException(name + ": not in properties format: " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.keysInOrder.forEach(key -> values.put(key, properties.getProperty(key).trim()));
        return new AnswersFile(name, values, properties.repeated).toAnswers();
    }

    private Answers toAnswers() throws AnswersFileException {
        for (String key : values.keySet()) {
            if (!isKnownId(key)) {
                throw fault("unknown id '" + key + "'; the ids are " + allIds());
            }
        }
        Answers answers = Answers.none();
        for (Question question : Question.values()) {
            answers = read(question, answers);
        }
        String help = single(HELP_REQUESTED);
        if (help != null) {
            if (!help.equals("yes") && !help.equals("no")) {
                throw badValue(HELP_REQUESTED, help, "yes, no");
            }
            if (help.equals("yes")) {
                answers = answers.withHelpRequested();
            }
        }
        return answers;
    }

    private Answers read(Question question, Answers answers) throws AnswersFileException {
        String id = question.id();
        String value = single(id);
        if (question == Question.INJURY_MAJOR && !answers.flagged(Question.INJURY)) {
            if (value != null) {
                throw fault(id + " must be left out when injury is no: the follow-up is asked only after yes or unsure");
            }
            return answers;
        }
        if (value == null && question == Question.CAUSES) {
            return answers.withCauses(EnumSet.noneOf(Cause.class));
        }
        if (value == null) {
            String when = question == Question.INJURY_MAJOR ? " (required when injury is yes or unsure)" : "";
            throw fault(id + " is missing" + when + "; allowed: " + allowed(question));
        }
        switch (question.kind()) {
            case AGE_BAND:
                return answers.withAgeBand(choose(id, value, AgeBand.values(), AgeBand::id));
            case PAIN_SCORE:
                return answers.withPainScore(painScore(value));
            case DURATION:
                return answers.withDuration(choose(id, value, EpisodeLength.values(), EpisodeLength::id));
            case CAUSES:
                return answers.withCauses(causes(value));
            default:
                return answers.with(question, choose(id, value, Reply.values(), Reply::id));
        }
    }

    /** The value of an id given at most once, or null when absent. */
    private String single(String id) throws AnswersFileException {
        if (repeated.contains(id)) {
            throw fault(id + " is given more than once; give each id once");
        }
        return values.get(id);
    }

    private <T> T choose(String id, String value, T[] options, Function<T, String> idOf) throws AnswersFileException {
        for (T option : options) {
            if (idOf.apply(option).equals(value)) {
                return option;
            }
        }
        throw badValue(id, value, Stream.of(options).map(idOf).collect(Collectors.joining(", ")));
    }

    private int painScore(String value) throws AnswersFileException {
        String digits = value.replaceFirst("^0+(?=.)", "");
        if (!DIGITS.matcher(value).matches() || digits.length() > 2 || Integer.parseInt(digits) > 10) {
            throw badValue(Question.PAIN_SCORE.id(), value, allowed(Question.PAIN_SCORE));
        }
        return Integer.parseInt(digits);
    }

    private Set<Cause> causes(String value) throws AnswersFileException {
        Set<Cause> chosen = EnumSet.noneOf(Cause.class);
        if (value.isEmpty()) {
            return chosen;
        }
        for (String item : value.split(",", -1)) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                throw badValue(Question.CAUSES.id(), value, "no empty items; " + allowed(Question.CAUSES));
            }
            chosen.add(choose(Question.CAUSES.id(), trimmed, Cause.values(), Cause::id));
        }
        return chosen;
    }

    private static String allowed(Question question) {
        switch (question.kind()) {
            case AGE_BAND:
                return ids(AgeBand.values(), AgeBand::id);
            case PAIN_SCORE:
                return "a whole number from 0 to 10, digits only";
            case DURATION:
                return ids(EpisodeLength.values(), EpisodeLength::id);
            case CAUSES:
                return "comma-separated ids from " + ids(Cause.values(), Cause::id) + ", or empty";
            default:
                return REPLIES;
        }
    }

    private static <T> String ids(T[] options, Function<T, String> idOf) {
        return Stream.of(options).map(idOf).collect(Collectors.joining(", "));
    }

    private static boolean isKnownId(String key) {
        return key.equals(HELP_REQUESTED) || Stream.of(Question.values()).anyMatch(q -> q.id().equals(key));
    }

    private static String allIds() {
        List<String> ids = new ArrayList<>();
        for (Question question : Question.values()) {
            ids.add(question.id());
        }
        ids.add(HELP_REQUESTED);
        return String.join(", ", ids);
    }

    private AnswersFileException badValue(String id, String value, String allowed) {
        return value.isEmpty()
                ? fault(id + " is empty; allowed: " + allowed)
                : fault(id + " = '" + value + "' is not allowed; allowed: " + allowed);
    }

    private AnswersFileException fault(String what) {
        return new AnswersFileException(name + ": " + what);
    }

    /** Properties that remember key order and which keys were given more than once. */
    private static final class KeyRecordingProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient Set<String> keysInOrder = new LinkedHashSet<>();
        private final transient Set<String> repeated = new LinkedHashSet<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (!keysInOrder.add((String) key)) {
                repeated.add((String) key);
            }
            return super.put(key, value);
        }
    }
}
