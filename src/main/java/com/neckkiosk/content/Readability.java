package com.neckkiosk.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of English text, to keep patient texts plain:
 * {@code 0.39 * words/sentences + 11.8 * syllables/words - 15.59}.
 *
 * <p>The syllable count is the usual heuristic, not a dictionary: it counts groups of
 * vowels ({@code a e i o u y}) and then adjusts for a silent final {@code e}
 * ("make" 1, but "table" 2), a silent {@code -ed} ("moved" 1, but "wanted" 2) and a
 * silent {@code -es} ("times" 1, but "boxes" 2). It is off by one on some words
 * ("diagnosis" counts 3, not 4), which is fine for a whole text's grade. A number
 * counts one syllable per digit, an all-capital abbreviation one per letter ("HIV" 3).
 *
 * <p>Sentences end at {@code .}, {@code !} or {@code ?}; a text without a final mark
 * (a label such as "Bad posture") is one sentence. English only: Spanish needs other
 * formulas (Fernández Huerta, Szigriszt) and is not measured here.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private Readability() {
    }

    /** The sentences of a text, trimmed, empty ones left out. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!words(sentence).isEmpty()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** The words of a text: runs of letters and digits, with inner apostrophes and hyphens. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().replaceAll("[-'’]+$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Syllables in one word, by the heuristic described on the class; at least 1. */
    public static int syllables(String word) {
        if (word.matches("\\d+")) {
            return word.length();
        }
        if (word.length() > 1 && word.matches("\\p{Lu}+")) {
            return word.length();
        }
        int total = 0;
        for (String part : word.split("-")) {
            if (!part.isEmpty()) {
                total += syllablesOfPlainWord(part.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
            }
        }
        return Math.max(1, total);
    }

    private static int syllablesOfPlainWord(String w) {
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        int groups = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w, i);
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        if (groups > 1 && silentEnding(w)) {
            groups--;
        }
        return Math.max(1, groups);
    }

    /** "y" is a vowel except at the start of a word or after another vowel ("yes", "stay"). */
    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return true;
        }
        return c == 'y' && i > 0 && "aeiou".indexOf(w.charAt(i - 1)) < 0;
    }

    private static boolean silentEnding(String w) {
        int n = w.length();
        char last = w.charAt(n - 1);
        char beforeLast = w.charAt(n - 2);
        char third = w.charAt(n - 3);
        if (last == 'e') {
            boolean consonantLe = beforeLast == 'l' && !isVowel(w, n - 3);
            return !consonantLe && !isVowel(w, n - 2);
        }
        if (last == 'd' && beforeLast == 'e') {
            return third != 't' && third != 'd' && !isVowel(w, n - 3);
        }
        if (last == 's' && beforeLast == 'e') {
            boolean sibilant = "sxzcg".indexOf(third) >= 0 || w.endsWith("ches") || w.endsWith("shes");
            return !sibilant && !isVowel(w, n - 3);
        }
        return false;
    }

    /** The counts a grade is computed from; they add up over several texts. */
    public record Counts(int sentences, int words, int syllables) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public static Counts of(String text) {
            int sentenceCount = 0;
            int wordCount = 0;
            int syllableCount = 0;
            for (String sentence : Readability.sentences(text)) {
                sentenceCount++;
                for (String word : Readability.words(sentence)) {
                    wordCount++;
                    syllableCount += Readability.syllables(word);
                }
            }
            return new Counts(sentenceCount, wordCount, syllableCount);
        }

        public Counts plus(Counts other) {
            return new Counts(sentences + other.sentences, words + other.words, syllables + other.syllables);
        }

        /** The Flesch-Kincaid grade level; 0 for no words at all. */
        public double grade() {
            if (words == 0) {
                return 0;
            }
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }
    }

    /** The Flesch-Kincaid grade level of a text. */
    public static double grade(String text) {
        return Counts.of(text).grade();
    }

    /** The grade of several texts read as one, each text ending its own sentence. */
    public static double gradeOfAll(Iterable<String> texts) {
        Counts counts = Counts.NONE;
        for (String text : texts) {
            counts = counts.plus(Counts.of(text));
        }
        return counts.grade();
    }
}
