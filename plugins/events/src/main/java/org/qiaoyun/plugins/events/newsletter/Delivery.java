package org.qiaoyun.plugins.events.newsletter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/**
 * That an edition went to a reader (written to the outbox in the same transaction): one per edition and reader, which
 * the database holds to (a unique key), so that no reader is sent an edition twice whatever happens above it.
 */
@Entity
@Table(name = "events_delivery")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Delivery {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "edition_id", length = 36, nullable = false, updatable = false)
    private String editionId;

    @Column(name = "subscriber_id", length = 36, nullable = false, updatable = false)
    private String subscriberId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    protected Delivery() {
    }

    Delivery(String editionId, String subscriberId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.editionId = editionId;
        this.subscriberId = subscriberId;
        this.sentAt = now.atOffset(ZoneOffset.UTC);
    }

    public String editionId() {
        return editionId;
    }

    public String subscriberId() {
        return subscriberId;
    }
}
