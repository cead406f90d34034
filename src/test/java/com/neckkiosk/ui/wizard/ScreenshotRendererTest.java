package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every screen rendered to a 1920x1080 PNG (one language here, to keep the suite quick). */
class ScreenshotRendererTest {

    @Test
    void rendersEveryScreenNormalAndHighContrast() throws Exception {
        ClinicConfig base = TestConfigs.clinic();
        ClinicConfig spanishOnly = new ClinicConfig(base.configDir(), base.clinicName(), base.kioskId(),
                base.kioskName(), List.of(Language.ES), base.idleTimeoutSeconds(), base.idleWarningSeconds(),
                base.database(), base.printerQueue(), base.paperSize(), base.printTimeoutSeconds(),
                base.staffPinHash(), base.managerPinHash(), base.monitor(), base.textScale(), base.speech(),
                base.alertRepeatSeconds(), base.dashboardRefreshSeconds());
        List<Path> files = ScreenshotRenderer.renderAll(spanishOnly, Path.of("target/screenshots"));
        assertThat(files).hasSize(2 * 16)
                .extracting(f -> f.getFileName().toString())
                .contains("attract_es.png", "result_self_care_es_hc.png", "idle_es_hc.png",
                        "question_injury_major_es.png", "help_confirm_es.png", "out_of_order_es_hc.png", "out_of_order_self_test_es.png");
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
    }
}
