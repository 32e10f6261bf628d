package org.qiaoyun.kernel.rest;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.PlatformLifecycle;

/**
 * {@code /api/v1/operations}: what the platform's operators (admins of the national root) start by hand: a backup of
 * the embedded H2 database while the platform runs, and the audit retention's daily run, now.
 */
@Path("v1/operations")
@Tag(name = "operations", description = "Backups of the embedded database and the audit retention, for the platform's operators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    /** A backup written on the platform's machine: its file there, its size and its SHA-256. */
    public record BackupJson(String file, long bytes, String sha256) {
    }

    /** One run of the audit retention: entries older than {@code upTo} archived in {@code archive} and removed. */
    public record RetentionJson(Instant upTo, int removed, String archive, String sha256) {
    }

    @Inject
    Kernel kernel;

    @Inject
    PlatformLifecycle platform;

    @POST
    @Path("backups")
    @Operation(operationId = "backUpEmbeddedDatabase", summary = "Back the embedded H2 database up while the platform runs"
            + " (platform admins; refused on PostgreSQL, which is backed up with pg_dump)")
    public BackupJson backUp() {
        var written = kernel.backUpEmbeddedDatabase(platform.backupDirectory());
        return new BackupJson(written.file().toString(), written.bytes(), written.sha256());
    }

    @POST
    @Path("audit-retention")
    @Operation(operationId = "retireAuditEntries", summary = "Archive and remove the audit entries past the retention period now,"
            + " as the daily run does (platform admins); audited")
    public RetentionJson retireAuditEntries() {
        var outcome = kernel.retireAuditEntriesNow();
        return new RetentionJson(outcome.upTo(), outcome.removed(), outcome.archive().map(f -> f.getFileName().toString()).orElse(null),
                outcome.sha256().orElse(null));
    }
}
