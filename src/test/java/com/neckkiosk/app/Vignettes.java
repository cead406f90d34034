package com.neckkiosk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sample cases: {@code NAME.properties} with {@code NAME.expected} beside it (the exact
 * output, or {@code exit 2}). The project's own live in {@code src/test/resources/vignettes};
 * the clinical spec's, when {@code ../shared/spec/vignettes} is beside the clone, are run too,
 * so new ones are picked up without a code change.
 */
record Vignettes(Path answers, Path expected) {

    static final Path OWN = Path.of("src/test/resources/vignettes");
    static final Path SHARED = Path.of("../shared/spec/vignettes");

    String name() {
        return answers.getParent().getFileName() + "/" + answers.getFileName();
    }

    String expectedText() {
        try {
            return Files.readString(expected).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean expectsBadInput() {
        return expectedText().equals("exit 2");
    }

    @Override
    public String toString() {
        return name();
    }

    static List<Vignettes> all() {
        List<Vignettes> all = new ArrayList<>(in(OWN));
        if (Files.isDirectory(SHARED)) {
            all.addAll(in(SHARED));
        }
        return all;
    }

    static List<Vignettes> in(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted()
                    .map(p -> new Vignettes(p, p.resolveSibling(
                            p.getFileName().toString().replaceFirst("\\.properties$", ".expected"))))
                    .filter(v -> Files.exists(v.expected()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
