package org.qiaoyun.kernel.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of a federation's committee (侨联委员) for a term: a name and a position only, the least the record needs
 * (no ID number, phone or address). A term that ended without a new one shows as overdue, as the federation's own
 * election does.
 */
@Entity
@Table(name = "registry_committee_member")
public class CommitteeMember {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_code", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Column(length = 50, nullable = false)
    private String name;

    @Column(length = 50, nullable = false)
    private String position;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected CommitteeMember() {
    }

    CommitteeMember(String tenantCode, MemberInput input, java.time.Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        apply(input, at);
    }

    void apply(MemberInput input, java.time.Instant at) {
        this.name = input.name();
        this.position = input.position();
        this.termStart = input.termStart();
        this.termEnd = input.termEnd();
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Whether the term ended before {@code today} (in Beijing) and the member is still on the record: due to be renewed. */
    public boolean termOverdue(LocalDate today) {
        return termEnd != null && today.isAfter(termEnd);
    }

    public String id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public long version() {
        return version;
    }
}
