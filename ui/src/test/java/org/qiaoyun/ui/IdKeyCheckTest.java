package org.qiaoyun.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.module.SealedNumbersCheck;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;

/**
 * The platform with the real modules refuses to start when the aid module's ID key is not the one its rows were sealed
 * with, naming {@code QIAOYUN_AID_ID_KEY}; with the right key, or a rotation from it, it starts.
 */
class IdKeyCheckTest {

    private static final String KEY = "qiaoyun.aid.id-key";
    private static final String PREVIOUS = "qiaoyun.aid.id-key-previous";
    private static final String OTHER = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

    @Test
    void aKeyThatDoesNotOpenTheSealedNumbersStopsTheStartAndTheRightOneOrARotationStarts() {
        String url = "jdbc:h2:file:./target/id-key-check-" + System.nanoTime() + "/qiaoyun;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/it-plugins"));
        KernelSettings settings = KernelSettings.forTests(url, plugins).withDemo(KernelSettings.DEFAULT_DEMO_TREE);
        String sealedWith = System.getProperty(KEY);
        try (Kernel first = Kernel.start(settings, org.qiaoyun.testing.StoryClock.ticking())) {
            first.fillDemoRecords(); // beneficiaries with their numbers sealed under the test key
        }
        try {
            System.setProperty(KEY, OTHER);
            assertThatThrownBy(() -> Kernel.start(settings, org.qiaoyun.testing.StoryClock.ticking()).close())
                    .isInstanceOf(SealedNumbersCheck.WrongKeyException.class)
                    .hasMessageContaining("QIAOYUN_AID_ID_KEY does not open the ID numbers the aid module sealed")
                    .hasMessageContaining("QIAOYUN_AID_ID_KEY_PREVIOUS");

            System.setProperty(PREVIOUS, sealedWith);
            assertThatCode(() -> Kernel.start(settings, org.qiaoyun.testing.StoryClock.ticking()).close())
                    .as("a rotation: the new key with the one they were sealed with beside it").doesNotThrowAnyException();
        } finally {
            System.setProperty(KEY, sealedWith);
            System.clearProperty(PREVIOUS);
        }
        assertThatCode(() -> Kernel.start(settings, org.qiaoyun.testing.StoryClock.ticking()).close()).doesNotThrowAnyException();
    }
}
