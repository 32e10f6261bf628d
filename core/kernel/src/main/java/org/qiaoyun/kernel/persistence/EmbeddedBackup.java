package org.qiaoyun.kernel.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Text;

/**
 * A backup of the embedded H2 database while the platform runs: H2's {@code BACKUP TO} writes a consistent copy of
 * the database file into a zip (it waits for running transactions to reach a consistent point; writes go on after),
 * with its SHA-256 beside it in the form {@code sha256sum -c} checks. {@code ops/h2-restore.sh} puts such a zip back
 * with the platform stopped. PostgreSQL is backed up with its own tools ({@code ops/pg-backup.sh}); asked there, this
 * refuses.
 */
public final class EmbeddedBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Clock clock;

    public EmbeddedBackup(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What a backup wrote: the zip and its SHA-256. */
    public record Written(Path file, long bytes, String sha256) {
    }

    /** Backs the database up into {@code directory} as {@code qiaoyun-h2-<UTC time>.zip}. */
    public Written backUp(Path directory) {
        if (Database.isPostgres(dataSource)) {
            throw new ConflictException(null, Text.of("kernel.backup.postgres"));
        }
        try {
            Files.createDirectories(directory);
            Path file = directory.toAbsolutePath().resolve("qiaoyun-h2-" + STAMP.format(clock.instant()) + ".zip");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            String sha256 = sha256(file);
            Files.writeString(file.resolveSibling(file.getFileName() + ".sha256"), sha256 + "  " + file.getFileName() + "\n");
            return new Written(file, Files.size(file), sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup in " + directory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
