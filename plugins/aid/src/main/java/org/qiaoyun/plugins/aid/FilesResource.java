package org.qiaoyun.plugins.aid;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.plugins.aid.files.AidFiles;

/**
 * {@code .../beneficiaries/{id}/attachments} and {@code .../cases/{id}/attachments}: the papers kept with one person
 * or one case. A file is sent as the request's body, as it is; its name comes in {@code name}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    private final AidFiles files;
    private final AidFiles.Holder holder;
    private final String id;

    FilesResource(TenantScope scope, AidFiles.Holder holder, String id) {
        this.files = new AidFiles(scope);
        this.holder = holder;
        this.id = id;
    }

    /** A kept file, as the API describes it. */
    public record AttachmentJson(String id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
                                 Instant uploadedAt) {
        static AttachmentJson of(Attachment a) {
            return new AttachmentJson(a.id(), a.fileName(), a.mediaType(), a.size(), a.sha256(), a.uploadedBy(), a.uploadedAt());
        }
    }

    @GET
    public List<AttachmentJson> list() {
        return files.of(holder, id).stream().map(AttachmentJson::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response attach(@QueryParam("name") String name, java.io.InputStream body) throws java.io.IOException {
        // one byte past the limit at most: a larger file is refused without being held in memory whole
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) Attachments.MAX_BYTES + 1);
        return Response.status(Response.Status.CREATED).entity(AttachmentJson.of(files.attach(holder, id, name, content))).build();
    }

    @GET
    @Path("{file}")
    @Produces(MediaType.WILDCARD)
    public Response open(@PathParam("file") String file) {
        Attachments.Opened opened = files.open(holder, id, file);
        String name = java.net.URLEncoder.encode(opened.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(opened.content(), opened.attachment().mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{file}")
    public Response remove(@PathParam("file") String file) {
        files.remove(holder, id, file);
        return Response.noContent().build();
    }
}
