package com.neckkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.content.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk-config folder that ships with the kiosk. */
class ShippedConfigTest {

    /** Surefire runs in the project folder. */
    private static final Path SHIPPED = Path.of("kiosk-config");

    @Test
    void loadsWithTheDocumentedDefaults() {
        ClinicConfig config = ConfigFiles.load(SHIPPED);

        assertThat(config.configDir()).isEqualTo(SHIPPED);
        assertThat(config.clinicName()).isEqualTo("Clinic");
        assertThat(config.kioskId()).isEqualTo("K1");
        assertThat(config.kioskName()).isEqualTo("Waiting room");
        assertThat(config.languages()).containsExactly(Language.EN, Language.ES);
        assertThat(config.defaultLanguage()).isEqualTo(Language.EN);
        assertThat(config.idleTimeoutSeconds()).isEqualTo(60);
        assertThat(config.idleWarningSeconds()).isEqualTo(30);
        assertThat(config.database().mode()).isEqualTo(DatabaseSettings.Mode.EMBEDDED);
        assertThat(config.database().dataDir()).isEqualTo(SHIPPED.resolve("data"));
        assertThat(config.database().bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.database().host()).isEqualTo("127.0.0.1");
        assertThat(config.database().port()).isEqualTo(9092);
        assertThat(config.database().password()).isEmpty();
        assertThat(config.printerQueue()).isEmpty();
        assertThat(config.paperSize()).isEqualTo(PaperSize.A4);
        assertThat(config.printTimeoutSeconds()).isEqualTo(30);
        assertThat(config.staffPinHash()).isEqualTo(ConfigFiles.STAFF_HASH);
        assertThat(config.managerPinHash()).isEqualTo(ConfigFiles.MANAGER_HASH);
        assertThat(config.monitor()).isZero();
        assertThat(config.textScale()).isEqualTo(1.0);
        assertThat(config.speech()).isTrue();
        assertThat(config.alertRepeatSeconds()).isEqualTo(30);
        assertThat(config.dashboardRefreshSeconds()).isEqualTo(60);
    }

    @Test
    void shippedValuesAreTheDefaultsAMissingKeyTakes(@TempDir Path dir) {
        ClinicConfig onlyPins = ConfigFiles.load(ConfigFiles.withPins(dir));
        ClinicConfig shipped = ConfigFiles.load(SHIPPED);

        assertThat(onlyPins).usingRecursiveComparison()
                .ignoringFields("configDir", "database.dataDir")
                .isEqualTo(shipped);
        assertThat(onlyPins.database().dataDir()).isEqualTo(dir.resolve("data"));
    }

    @Test
    void shippedFileSetsEveryKeyOnce() throws IOException {
        List<String> settingLines = Files.readAllLines(SHIPPED.resolve("kiosk.properties"), StandardCharsets.UTF_8)
                .stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();

        List<String> keys = settingLines.stream().map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
        assertThat(keys).containsExactlyElementsOf(ConfigKey.allKeys());
    }

    @Test
    void readmeTableDocumentsEveryKey() throws IOException {
        String readme = Files.readString(SHIPPED.resolve("README.md"), StandardCharsets.UTF_8);

        for (String key : ConfigKey.allKeys()) {
            assertThat(readme).as("README row for " + key).contains("| `" + key + "` |");
        }
    }

    @Test
    void everyKeyHasACommentAboveItSayingWhatIsAllowedAndTheDefault() throws IOException {
        List<String> lines = Files.readAllLines(SHIPPED.resolve("kiosk.properties"), StandardCharsets.UTF_8);

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                StringBuilder comment = new StringBuilder();
                for (int above = i - 1; above >= 0 && lines.get(above).startsWith("# "); above--) {
                    comment.insert(0, lines.get(above) + "\n");
                }
                assertThat(comment).as("comment above " + line).contains("Allowed:");
                assertThat(comment).as("comment above " + line).containsAnyOf("Default:", "REQUIRED, no default");
            }
        }
    }

    @Test
    void shippedPinHashesAreTheDevelopmentPinsAndCheckConfigSaysSo() {
        ClinicConfig config = ConfigFiles.load(SHIPPED);

        assertThat(PinHash.matches("2580".toCharArray(), config.staffPinHash())).isTrue();
        assertThat(PinHash.matches("1379".toCharArray(), config.managerPinHash())).isTrue();
        assertThat(ConfigWarnings.of(config))
                .anySatisfy(w -> assertThat(w).startsWith("staff.pin.hash is still the development PIN 2580"))
                .anySatisfy(w -> assertThat(w).startsWith("manager.pin.hash is still the development PIN 1379"));
    }
}
