package org.qiaoyun.kernel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secrets key: the configured one, or one made once for a trial run and kept for its restarts. */
class SecretsKeyTest {

    @Test
    void theConfiguredKeyWinsAndNoFileIsMade(@TempDir Path data) {
        assertThat(SecretsKey.resolve(Optional.of(" " + KernelSettings.TEST_SECRETS_KEY + "\n"), data))
                .isEqualTo(KernelSettings.TEST_SECRETS_KEY);
        assertThat(data.resolve(SecretsKey.FILE)).doesNotExist();
    }

    @Test
    void withoutOneATrialMakesAKeyOnceAndKeepsItForItsRestarts(@TempDir Path data) throws Exception {
        String made = SecretsKey.resolve(Optional.empty(), data.resolve("data"));
        assertThat(Base64.getDecoder().decode(made)).hasSize(32);
        assertThat(SecretsKey.resolve(Optional.of(""), data.resolve("data"))).as("after a restart").isEqualTo(made);
        assertThat(Files.getPosixFilePermissions(data.resolve("data").resolve(SecretsKey.FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
