package org.qiaoyun.kernel.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.archive.FederationArchives;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * {@code /api/v1/tenants/{code}/archive}: a federation's data as one archive, to move it to another platform.
 * {@code POST} with the passphrase in the body answers the archive ({@code application/zip}); {@code PUT} with the
 * archive as the body and the passphrase in the header {@code Qiaoyun-Archive-Passphrase} imports it into the same
 * federation of this platform, which must hold no records yet, and answers what was moved. The passphrase never goes
 * in the address, so that it stays out of logs. A header carries ASCII only: a passphrase with other characters (a
 * Chinese one) goes as RFC 8187 does it, {@code UTF-8''} and its percent-encoded bytes.
 */
@Path("v1/tenants/{code}/archive")
@Tag(name = "archive", description = "A federation's data as one archive: export, and import into the same federation of another platform")
@RequestScoped
public class ArchiveResource {

    /** The header that carries the passphrase of an import. */
    public static final String PASSPHRASE_HEADER = "Qiaoyun-Archive-Passphrase";

    /** What an export is asked with. */
    public static class ExportBody {
        /** Seals the ID numbers, files and secrets in the archive: at least 12 characters; the import asks for it. */
        public String passphrase;
    }

    /** What an import moved. */
    public record MovedJson(String federation, long total, Map<String, Long> rows) {
    }

    @Inject
    Kernel kernel;

    @PathParam("code")
    String code;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/zip", "application/problem+json"})
    @Operation(operationId = "exportFederation", summary = "The federation's data as one archive (its admins or those above)")
    public Response export(ExportBody body) {
        FederationArchives.Export export = kernel.archives().export(code, body == null ? null : body.passphrase);
        String day = LocalDate.ofInstant(kernel.clock().instant(), ZoneId.of("Asia/Shanghai")).toString();
        StreamingOutput archive = out -> export.writeTo(out);
        return Response.ok(archive, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + code + "-" + day + ".qiaoyun.zip\"").build();
    }

    @PUT
    @Consumes("application/zip")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importFederation", summary = "Import an archive into the same, still empty, federation of this"
            + " platform (an admin above it)")
    public MovedJson importArchive(@HeaderParam(PASSPHRASE_HEADER) String passphrase, InputStream body) throws IOException {
        if (body == null) {
            throw new InvalidRequestException("archive", "kernel.archive.file-required");
        }
        java.nio.file.Path file = Files.createTempFile("qiaoyun-import-", ".zip");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            FederationArchives.Moved moved = kernel.archives().importInto(code, fromHeader(passphrase), file);
            return new MovedJson(moved.federation(), moved.total(), moved.rows());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The passphrase as the header carries it: as it is, or after {@code UTF-8''} percent-encoded (RFC 8187). */
    static String fromHeader(String value) {
        if (value == null || !value.regionMatches(true, 0, "UTF-8''", 0, 7)) {
            return value;
        }
        try {
            return java.net.URLDecoder.decode(value.substring(7).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new InvalidRequestException("passphrase", "kernel.archive.passphrase-encoding");
        }
    }
}
