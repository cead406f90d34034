package com.neckkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Facts carry over from the source articles, sentences do not: no value in any language
 * may repeat a run of {@value #RUN} words of a seed article.
 *
 * <p>The articles are not ours to copy into the repository, so the check uses
 * fingerprints: {@code seed-runs.sha256} holds a short SHA-256 of every normalised
 * {@value #RUN}-word run of the articles. Where the articles are at hand
 * ({@code -Dkiosk.seedsDir}, by default {@code /work/shared/seeds}), a second test checks
 * the fingerprints still match them; run it with {@code -Dkiosk.writeSeedRuns=true} to
 * rewrite the file after the articles change.
 */
class SeedTextNotCopiedTest {

    static final int RUN = 8;
    private static final String FINGERPRINTS = "seed-runs.sha256";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

    @ParameterizedTest
    @EnumSource(Language.class)
    void noValueRepeatsAnEightWordRunOfASeedArticle(Language language) {
        Set<String> seedRuns = storedFingerprints();
        List<String> copied = new ArrayList<>();
        for (Map.Entry<String, String> entry : PatientBundles.entries(language).entrySet()) {
            for (String run : runs(entry.getValue())) {
                if (seedRuns.contains(fingerprint(run))) {
                    copied.add(entry.getKey() + ": \"" + run + "\"");
                }
            }
        }
        assertThat(copied).as("runs of %d words copied from a seed article (%s)", RUN, language).isEmpty();
    }

    @Test
    void runsAreTakenOverNormalisedWords() {
        assertThat(words("Don’t   PRESS—hard, it's fine.")).containsExactly("don't", "press", "hard", "it's", "fine");
        assertThat(runs("one two three four five six seven")).isEmpty();
        assertThat(runs("one two three four five six seven eight nine"))
                .containsExactly("one two three four five six seven eight", "two three four five six seven eight nine");
    }

    @Test
    void theStoredFingerprintsMatchTheSeedArticles() throws IOException {
        Path seedsDir = Path.of(System.getProperty("kiosk.seedsDir", "/work/shared/seeds"));
        assumeTrue(Files.isDirectory(seedsDir), "seed articles not at hand: " + seedsDir);
        Set<String> fromArticles = new TreeSet<>();
        String firstArticle = null;
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                firstArticle = firstArticle == null ? text : firstArticle;
                runs(text).forEach(run -> fromArticles.add(fingerprint(run)));
            }
        }
        assumeTrue(firstArticle != null, "no seed articles in " + seedsDir);

        if (Boolean.getBoolean("kiosk.writeSeedRuns")) {
            Path out = Path.of("src/test/resources/com/neckkiosk/content", FINGERPRINTS);
            List<String> lines = new ArrayList<>();
            lines.add("# SHA-256 (first 16 hex digits) of every normalised " + RUN
                    + "-word run of the seed articles; written by SeedTextNotCopiedTest.");
            lines.addAll(fromArticles);
            Files.write(out, lines, StandardCharsets.UTF_8);
        }
        assertThat(storedFingerprints()).as("stored fingerprints; rewrite with -Dkiosk.writeSeedRuns=true")
                .isEqualTo(fromArticles);

        // and the check would catch a pasted sentence
        String pasted = "Some words of ours first. " + String.join(" ", words(firstArticle).subList(40, 40 + RUN));
        assertThat(runs(pasted).stream().map(SeedTextNotCopiedTest::fingerprint)).containsAnyElementsOf(fromArticles);
    }

    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'');
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(normal);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Every run of {@value #RUN} consecutive words, joined by single spaces. */
    static Set<String> runs(String text) {
        List<String> words = words(text);
        Set<String> runs = new LinkedHashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    static String fingerprint(String run) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> storedFingerprints() {
        try (InputStream in = SeedTextNotCopiedTest.class.getResourceAsStream(FINGERPRINTS)) {
            assertThat(in).as(FINGERPRINTS + " on the test class path").isNotNull();
            Set<String> fingerprints = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    fingerprints.add(line.strip());
                }
            }
            assertThat(fingerprints).as("seed fingerprints").hasSizeGreaterThan(1000);
            return fingerprints;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
