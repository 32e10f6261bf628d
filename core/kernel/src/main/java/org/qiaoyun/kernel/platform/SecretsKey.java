package org.qiaoyun.kernel.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the platform's secrets key comes from: the configuration ({@code QIAOYUN_SECRETS_KEY}) in production;
 * without it, a key made once and kept in a file of the data directory ({@code secrets-key}, readable by its
 * owner only), so that a trial run works and its second factors survive a restart. A key in the data
 * directory travels with a copy of that directory: production sets its own and keeps it apart from backups.
 */
final class SecretsKey {

    private static final Logger LOG = Logger.getLogger(SecretsKey.class.getName());
    static final String FILE = "secrets-key";

    private SecretsKey() {
    }

    static String resolve(Optional<String> configured, Path dataDir) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().strip();
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps the directory's
            }
            LOG.warning(() -> "QIAOYUN_SECRETS_KEY is not set: made a secrets key in " + file.toAbsolutePath()
                    + "; in production set QIAOYUN_SECRETS_KEY and keep it apart from backups");
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the secrets key in " + file, e);
        }
    }
}
