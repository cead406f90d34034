package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.content.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechTest {

    @Test
    void offeredOnlyWhenAllowedAndTheEngineIsOnThePath(@TempDir Path dir) throws IOException {
        assertThat(Speech.find(true, dir.toString())).isEmpty();
        Path engine = Files.createFile(dir.resolve(Speech.ENGINE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(Speech.find(true, "/nowhere:" + dir)).isPresent();
        assertThat(Speech.find(false, dir.toString())).isEmpty();
        assertThat(Speech.find(true, dir.toString()).orElseThrow().command("¿Tiene fiebre?", Language.ES))
                .containsExactly(engine.toString(), "-v", "es", "-s", "140", "--", "¿Tiene fiebre?");
    }
}
