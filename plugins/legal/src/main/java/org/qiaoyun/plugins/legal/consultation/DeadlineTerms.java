package org.qiaoyun.plugins.legal.consultation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/**
 * A federation's own deadlines, as its admin set them: working days to acknowledge a consultation and to answer
 * it. One row per federation at most; without one the module's defaults apply ({@link Deadlines.Terms#DEFAULT}).
 */
@Entity
@Table(name = "legal_deadline_terms")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class DeadlineTerms {

    /** The one row's key within its federation. */
    static final String KEY = "deadlines";

    @Id
    @Column(name = "terms_key", length = 20, nullable = false, updatable = false)
    private String key;

    @Column(name = "acknowledge_days", nullable = false)
    private int acknowledgeDays;

    @Column(name = "answer_days", nullable = false)
    private int answerDays;

    @Column(name = "changed_by", length = 63, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DeadlineTerms() {
    }

    DeadlineTerms(Deadlines.Terms terms, String by, Instant at) {
        this.key = KEY;
        keep(terms, by, at);
    }

    void keep(Deadlines.Terms terms, String by, Instant at) {
        acknowledgeDays = terms.acknowledgeDays();
        answerDays = terms.answerDays();
        changedBy = by;
        changedAt = at.atOffset(ZoneOffset.UTC);
    }

    Deadlines.Terms terms() {
        return new Deadlines.Terms(acknowledgeDays, answerDays);
    }

    long version() {
        return version;
    }
}
