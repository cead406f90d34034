package com.neckkiosk.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one settings file. They are gathered while reading so that the
 * one reported is the first in reading order, whatever check found it: a clinic fixes
 * the file top to bottom. Problems without a line (a required key that is missing)
 * come after those with one.
 */
final class Problems {

    private record Problem(int line, String message) {
    }

    private static final int NO_LINE = Integer.MAX_VALUE;

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    /** @param file the settings file's path as the clinic gave it, starts every message */
    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void atLine(int line, String message) {
        found.add(new Problem(line, file + ":" + line + ": " + message));
    }

    void inFile(String message) {
        found.add(new Problem(NO_LINE, file + ": " + message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws the first problem in reading order, if there is one. */
    void throwFirst() throws ConfigException {
        // List.sort is stable: problems on one line keep the order they were found in
        List<Problem> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Problem::line));
        if (!ordered.isEmpty()) {
            throw new ConfigException(ordered.get(0).message());
        }
    }
}
