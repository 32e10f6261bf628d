package org.qiaoyun.kernel.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/** A tenant-owned entity mapped exactly as modules map theirs, for the isolation tests. */
@Entity
@Table(name = "memo")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Memo {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "text", length = 200)
    private String text;

    protected Memo() {
    }

    public Memo(String text) {
        this.id = UUID.randomUUID().toString();
        this.text = text;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }
}
