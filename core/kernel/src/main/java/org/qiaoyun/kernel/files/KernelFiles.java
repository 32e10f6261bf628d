package org.qiaoyun.kernel.files;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.api.files.FileType;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.identity.SecretSeal;
import org.qiaoyun.kernel.persistence.Store;

/**
 * Files the kernel itself keeps for one federation (the evidence of a Home of Overseas Chinese, say), in the same
 * table, sealed and typed by content as the modules' files, under an owner in place of a module id. Who may read and
 * change is the caller's {@link Guard}'s to say, asked in the file's transaction; every addition, reading and
 * removal is audited under {@code <action>-add}, {@code -read}, {@code -remove}, naming the record and the file's id,
 * never its name.
 */
public final class KernelFiles implements Attachments {

    /** Asked before a record's files are read, or changed; refuses by throwing. */
    public interface Guard {
        void reading(EntityManager em, String record);

        void changing(EntityManager em, String record);
    }

    private final Store store;
    private final SecretSeal seal;
    private final Clock clock;
    private final String tenantCode;
    private final String owner;
    private final String action;
    private final Guard guard;

    /**
     * @param owner  what keeps them, in place of a module id (e.g. {@code registry})
     * @param action the audit action's stem (e.g. {@code home.evidence})
     */
    public KernelFiles(Store store, SecretSeal seal, Clock clock, String tenantCode, String owner, String action, Guard guard) {
        this.store = store;
        this.seal = seal;
        this.clock = clock;
        this.tenantCode = tenantCode;
        this.owner = owner;
        this.action = action;
        this.guard = guard;
    }

    @Override
    public Attachment attach(String record, String fileName, byte[] content) {
        FileType type = FileType.require(content);
        return store.transaction(em -> {
            guard.changing(em, record);
            StoredFile file = new StoredFile(tenantCode, owner, record, FileType.cleanName(fileName), type.mediaType(), content.length,
                    ModuleFiles.sha256(content), seal.seal(content), Access.caller().username(), clock.instant());
            em.persist(file);
            AuditLog.append(em, tenantCode, action + "-add", record, Text.of("platform.file.attached", file.id(), content.length));
            return file.describe();
        });
    }

    @Override
    public List<Attachment> of(String record) {
        return store.transaction(em -> {
            guard.reading(em, record);
            return em.createQuery("select f from StoredFile f where f.tenantCode = :tenant and f.moduleId = :owner and f.record = :record"
                            + " order by f.uploadedAt, f.id", StoredFile.class)
                    .setParameter("tenant", tenantCode).setParameter("owner", owner).setParameter("record", record)
                    .getResultStream().map(StoredFile::describe).toList();
        });
    }

    @Override
    public Opened open(String id) {
        return store.transaction(em -> {
            StoredFile file = find(em, id);
            guard.reading(em, file.describe().record());
            AuditLog.append(em, tenantCode, action + "-read", file.describe().record(), Text.of("platform.file.read", id));
            return new Opened(file.describe(), seal.open(file.sealedContent()));
        });
    }

    @Override
    public void remove(String id) {
        store.transaction(em -> {
            StoredFile file = find(em, id);
            guard.changing(em, file.describe().record());
            AuditLog.append(em, tenantCode, action + "-remove", file.describe().record(), Text.of("platform.file.removed", id));
            em.remove(file);
            return null;
        });
    }

    private StoredFile find(EntityManager em, String id) {
        StoredFile file = id == null ? null : em.find(StoredFile.class, id);
        if (file == null || !file.tenantCode().equals(tenantCode) || !file.moduleId().equals(owner)) {
            throw new UnknownObjectException(Text.of("platform.file.unknown"));
        }
        return file;
    }
}
