package org.qiaoyun.plugins.events.newsletter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.ChinaTime;
import org.qiaoyun.plugins.events.FreeText;

/**
 * One edition of the home-town newsletter (侨刊乡讯): a title, its number in the series and its date, made of
 * {@link Article articles} (text and an image each) or of an uploaded PDF. An editor drafts and changes it; it is
 * sent once, to every reader subscribed at that moment, and then it is part of the public archive and no longer
 * changes. A second send finds it sent (its row locked while one send runs) and sends nothing.
 */
@Entity
@Table(name = "events_edition")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Edition {

    public static final int TITLE = 100;
    public static final int MOST_NUMBER = 100_000;

    /** Drafted, then sent (once). */
    public enum Status { DRAFT, SENT }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", length = TITLE, nullable = false)
    private String title;

    @Column(name = "issue_number", nullable = false)
    private int number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    /** The uploaded PDF (a file of the platform's file service), when the edition is one. */
    @Column(name = "pdf_file", length = 36)
    private String pdfFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 8, nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "sent_by", length = 63)
    private String sentBy;

    @Column(name = "recipients", nullable = false)
    private int recipients;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Edition() {
    }

    /** What an editor gives an edition: its title, its number in the series, and its date. */
    public record Details(String title, Integer number, LocalDate issuedOn) {

        public Details {
            title = FreeText.required(title, TITLE, "title", "events.field.edition-title");
            if (number == null || number < 1 || number > MOST_NUMBER) {
                throw new InvalidInputException("number", Text.of("events.edition.number-range", MOST_NUMBER));
            }
            if (issuedOn == null) {
                throw new InvalidInputException("issuedOn", Text.of("events.text.required", Text.of("events.field.issuedOn")));
            }
        }
    }

    Edition(Details details, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.status = Status.DRAFT;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        apply(details);
    }

    void change(Details details) {
        requireDraft();
        apply(details);
    }

    private void apply(Details details) {
        this.title = details.title();
        this.number = details.number();
        this.issuedOn = details.issuedOn();
    }

    void pdf(String fileId) {
        requireDraft();
        this.pdfFile = fileId;
    }

    /** Refuses a second send with the time of the first: the edition is sent once. */
    void sent(String by, int readers, Instant now) {
        if (status == Status.SENT) {
            throw new ConflictException("edition", Text.of("events.edition.already-sent", ChinaTime.shown(sentAt())));
        }
        status = Status.SENT;
        sentAt = now.atOffset(ZoneOffset.UTC);
        sentBy = by;
        recipients = readers;
    }

    void requireDraft() {
        if (status != Status.DRAFT) {
            throw new ConflictException("edition", Text.of("events.edition.already-sent", ChinaTime.shown(sentAt())));
        }
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String pdfFile() {
        return pdfFile;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant sentAt() {
        return sentAt == null ? null : sentAt.toInstant();
    }

    public String sentBy() {
        return sentBy;
    }

    public int recipients() {
        return recipients;
    }

    public long version() {
        return version;
    }
}
