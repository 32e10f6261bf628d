package org.qiaoyun.kernel.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.api.files.FileType;
import org.qiaoyun.kernel.identity.SecretSeal;

/**
 * One module's files in one tenant, kept through the module's own {@link TenantScope#transaction} (joining the
 * module's transaction when there is one). Every query names the tenant and the module: a file of another
 * module or federation is unknown here, whatever its id. The audit entries name the record and the file's id,
 * never its name (a name such as 张三低保证明.pdf is personal data, and admins above read the log).
 */
public final class ModuleFiles implements Attachments {

    private final TenantScope scope;
    private final String moduleId;
    private final SecretSeal seal;

    public ModuleFiles(TenantScope scope, String moduleId, SecretSeal seal) {
        this.scope = scope;
        this.moduleId = moduleId;
        this.seal = seal;
    }

    @Override
    public Attachment attach(String record, String fileName, byte[] content) {
        if (record == null || record.isBlank() || record.length() > 100) {
            throw new IllegalArgumentException("a module names the record a file belongs to in at most 100 characters");
        }
        FileType type = FileType.require(content);
        StoredFile file = new StoredFile(scope.tenantCode(), moduleId, record, FileType.cleanName(fileName), type.mediaType(),
                content.length, sha256(content), seal.seal(content), scope.currentUser().orElse("system"), scope.clock().instant());
        return scope.transaction(em -> {
            em.persist(file);
            scope.audit("attachment.add", record, Text.of("platform.file.attached", file.id(), content.length));
            return file.describe();
        });
    }

    @Override
    public List<Attachment> of(String record) {
        // what the files are, not what they hold: the contents stay in the database
        return scope.transaction(em -> em.createQuery("select f.id, f.record, f.fileName, f.mediaType, f.size, f.sha256, f.uploadedBy,"
                        + " f.uploadedAt from StoredFile f where f.tenantCode = :tenant and f.moduleId = :module and f.record = :record"
                        + " order by f.uploadedAt, f.id", Object[].class)
                .setParameter("tenant", scope.tenantCode()).setParameter("module", moduleId).setParameter("record", record)
                .getResultStream().map(row -> new Attachment((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        ((Number) row[4]).longValue(), (String) row[5], (String) row[6], ((java.time.OffsetDateTime) row[7]).toInstant()))
                .toList());
    }

    @Override
    public Opened open(String id) {
        return scope.transaction(em -> {
            StoredFile file = find(em, id);
            Attachment attachment = file.describe();
            scope.audit("attachment.read", attachment.record(), Text.of("platform.file.read", id));
            return new Opened(attachment, seal.open(file.sealedContent()));
        });
    }

    @Override
    public void remove(String id) {
        scope.transaction(em -> {
            StoredFile file = find(em, id);
            scope.audit("attachment.remove", file.describe().record(), Text.of("platform.file.removed", id));
            em.remove(file);
            return null;
        });
    }

    private StoredFile find(jakarta.persistence.EntityManager em, String id) {
        StoredFile file = id == null ? null : em.find(StoredFile.class, id);
        if (file == null || !file.tenantCode().equals(scope.tenantCode()) || !file.moduleId().equals(moduleId)) {
            throw new UnknownObjectException(Text.of("platform.file.unknown"));
        }
        return file;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
