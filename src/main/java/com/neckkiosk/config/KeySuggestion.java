package com.neckkiosk.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known key a misspelt one was probably meant to be. */
final class KeySuggestion {

    /** Up to this many typed letters wrong, missing or extra still count as "close". */
    static final int MAX_EDITS = 2;

    private KeySuggestion() {
    }

    /**
     * The known key closest to {@code unknown} when it is at most {@link #MAX_EDITS} edits
     * away (ignoring case), or when {@code unknown} is the start of exactly one known key
     * ("printer" for "printer.queue").
     */
    static Optional<String> closest(String unknown, Collection<String> known) {
        String typed = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : known) {
            int distance = editDistance(typed, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        var extending = known.stream().filter(k -> k.startsWith(typed + ".")).toList();
        return extending.size() == 1 ? Optional.of(extending.get(0)) : Optional.empty();
    }

    /** Levenshtein distance: single-letter insertions, deletions and substitutions. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
