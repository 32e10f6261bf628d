package org.qiaoyun.kernel.files;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.qiaoyun.api.files.Attachment;

/**
 * A file a module keeps with one of its records, in one tenant. The content is sealed under the platform's
 * secrets key (a copy of the database shows nobody's certificates) and loaded only when the file is opened.
 * Part of every module's persistence unit, as the audit log is, so that a file attached in a module's
 * transaction commits or rolls back with it.
 */
@Entity
@Table(name = "attachment")
public class StoredFile {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Column(name = "module_id", length = 63, nullable = false, updatable = false)
    private String moduleId;

    @Column(name = "record_ref", length = 100, nullable = false, updatable = false)
    private String record;

    @Column(name = "file_name", length = 200, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", length = 100, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] sealedContent;

    @Column(name = "uploaded_by", length = 63, nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected StoredFile() {
    }

    StoredFile(String tenantCode, String moduleId, String record, String fileName, String mediaType, long size, String sha256,
               byte[] sealedContent, String uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        this.moduleId = moduleId;
        this.record = record;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.sealedContent = sealedContent;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt.atOffset(ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    String tenantCode() {
        return tenantCode;
    }

    String moduleId() {
        return moduleId;
    }

    byte[] sealedContent() {
        return sealedContent;
    }

    public Attachment describe() {
        return new Attachment(id, record, fileName, mediaType, size, sha256, uploadedBy, uploadedAt.toInstant());
    }
}
