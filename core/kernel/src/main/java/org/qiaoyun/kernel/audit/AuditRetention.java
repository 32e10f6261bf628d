package org.qiaoyun.kernel.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Caller;

/**
 * How an entry leaves the audit log, and the only way: once it is older than the retention period (at least 180
 * days, Cybersecurity Law art. 21; longer when configured), it is first written to an archive file
 * ({@link AuditArchive}: gzip JSON lines with a SHA-256 beside it), then removed by the database's own function
 * {@code audit_entry_retire}, which refuses a period under 180 days or a bound younger than the period, removes only
 * what lies past it, checks that it removes exactly the entries archived, and appends an {@code audit.retire} entry
 * naming the archive. Anything else that tries to change or remove an entry is refused by the database (a trigger on
 * PostgreSQL, {@link H2AppendOnly} on H2).
 */
public final class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    /** The least number of days an entry is kept. */
    public static final int MINIMUM_DAYS = 180;
    /** The action of the entry each removal appends. */
    public static final String ACTION = "audit.retire";

    private final DataSource dataSource;
    private final Clock clock;
    private final int keepDays;
    private final Path archiveDirectory;

    /**
     * @param keepDays          days an entry is kept; refused under {@link #MINIMUM_DAYS}
     * @param archiveDirectory  where the archive files go (the data directory's {@code audit-archive} by default)
     */
    public AuditRetention(DataSource dataSource, Clock clock, int keepDays, Path archiveDirectory) {
        if (keepDays < MINIMUM_DAYS) {
            throw new IllegalArgumentException("audit entries are kept at least " + MINIMUM_DAYS + " days (Cybersecurity Law"
                    + " art. 21); a retention of " + keepDays + " days is refused (QIAOYUN_AUDIT_RETENTION_DAYS)");
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.keepDays = keepDays;
        this.archiveDirectory = archiveDirectory;
    }

    /** What one run did: entries older than {@code upTo} were archived in {@code archive} and removed. */
    public record Outcome(Instant upTo, int removed, Optional<Path> archive, Optional<String> sha256) {
    }

    public int keepDays() {
        return keepDays;
    }

    public Path archiveDirectory() {
        return archiveDirectory;
    }

    /**
     * Archives the entries past the period and removes them, in one transaction; the archive is on disk before the
     * removal commits. Nothing past the period: nothing is written, and the run is still recorded in the log.
     */
    public Outcome retire() {
        Instant upTo = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(keepDays));
        OffsetDateTime bound = OffsetDateTime.ofInstant(upTo, ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Outcome outcome = archiveAndRemove(c, upTo, bound);
                c.commit();
                LOG.info(() -> "audit retention: " + outcome.removed() + " entries older than " + upTo + " archived"
                        + outcome.archive().map(file -> " in " + file).orElse("") + " and removed");
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit retention failed: " + e.getMessage(), e);
        }
    }

    private Outcome archiveAndRemove(Connection c, Instant upTo, OffsetDateTime bound) throws SQLException {
        Optional<Path> file = Optional.empty();
        Optional<String> sha256 = Optional.empty();
        int archived;
        try (AuditArchive archive = new AuditArchive(archiveDirectory, upTo);
             PreparedStatement old = c.prepareStatement("select id, tenant_id, at, actor, action, object, summary from audit_entry"
                     + " where at < ? order by at, id")) {
            old.setObject(1, bound);
            old.setFetchSize(1000);
            try (ResultSet rows = old.executeQuery()) {
                while (rows.next()) {
                    archive.write(rows.getString(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class).toInstant(),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7));
                }
            }
            archived = Math.toIntExact(archive.entries());
            if (archived > 0) {
                sha256 = Optional.of(archive.finish());
                file = Optional.of(archive.file());
            }
        }
        String name = file.map(f -> f.getFileName().toString()).orElse(null);
        try (PreparedStatement remove = c.prepareStatement("select audit_entry_retire(?, ?, ?, ?, ?, ?, ?)")) {
            remove.setObject(1, bound);
            remove.setInt(2, keepDays);
            remove.setInt(3, archived);
            remove.setString(4, rootCode(c));
            remove.setString(5, Caller.name());
            remove.setString(6, name);
            remove.setString(7, Text.of("kernel.audit.retired", archived, upTo.toString(), name == null ? "-" : name,
                    sha256.orElse("-"), keepDays).stored());
            try (ResultSet removed = remove.executeQuery()) {
                removed.next();
                return new Outcome(upTo, removed.getInt(1), file, sha256);
            }
        }
    }

    /** When this job last ran, by the entry each run appends. */
    public Optional<Instant> lastRun() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement last = c.prepareStatement("select max(at) from audit_entry where action = ?")) {
            last.setString(1, ACTION);
            try (ResultSet found = last.executeQuery()) {
                found.next();
                return Optional.ofNullable(found.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootCode(Connection c) throws SQLException {
        try (PreparedStatement root = c.prepareStatement("select code from tenant where parent_code is null");
             ResultSet found = root.executeQuery()) {
            return found.next() ? found.getString(1) : "cn";
        }
    }
}
