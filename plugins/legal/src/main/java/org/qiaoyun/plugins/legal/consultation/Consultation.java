package org.qiaoyun.plugins.legal.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
import org.qiaoyun.plugins.legal.FreeText;
import org.qiaoyun.plugins.legal.calendar.Deadline;

/**
 * A legal question a returnee, a relative or an overseas Chinese brings to a station (法律咨询), from intake to
 * close.
 *
 * <p>A station takes it in: who asks (name, phone, relation to the federation, the ID number only if given,
 * kept encrypted), the other parties, the category, the facts, and how it came in. Its deadlines are counted at
 * once in working days on the official calendar: acknowledged within {@value Deadlines#ACKNOWLEDGE}, answered
 * within {@value Deadlines#ANSWER}. The head of the station's centre then decides the conflict check (other
 * matters naming the same people) and assigns an adviser; the adviser acknowledges, answers, and closes it with
 * an outcome (advice, mediation, a referral to a named destination, representation), the person's
 * satisfaction and a summary. Every step is an event of its timeline; a step out of turn is refused naming the
 * steps the matter offers ({@link Step}). A sealed matter is read by its head alone.
 */
@Entity
@Table(name = "legal_consultation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Consultation {

    static final int FACTS_LENGTH = 4000;
    /** The most other parties an intake names. */
    static final int MOST_PARTIES = 20;
    static final int ANSWER_LENGTH = 4000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "station_id", length = 36, nullable = false, updatable = false)
    private String stationId;

    @Column(name = "centre_id", length = 36, nullable = false, updatable = false)
    private String centreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 20, nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "referred_by", length = 200, updatable = false)
    private String referredBy;

    @Column(name = "person_name", length = 100, nullable = false)
    private String personName;

    @Column(name = "person_phone", length = 30)
    private String personPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", length = 20, nullable = false)
    private Relation relation;

    @Column(name = "id_cipher", length = 200)
    private String idCipher;

    @Column(name = "id_masked", length = 40)
    private String idMasked;

    /** Which key sealed the number (a keyed name of the key, never the key); null for numbers kept before keys were named. */
    @Column(name = "id_key", length = 16)
    private String idKey;

    /** The kind of the identity document whose number is kept (null: none kept, or a resident ID kept before kinds). */
    @Column(name = "id_kind", length = 40)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private org.qiaoyun.api.personal.DocumentKind idKind;

    /** The issuing state of a foreign passport (ISO 3166-1 alpha-3). */
    @Column(name = "id_country", length = 3)
    private String idCountry;

    @Column(name = "language", length = 30)
    private String language;

    @Column(name = "parties", length = 1000)
    private String parties;

    /** A petition or rights case (信访维权): a complaint about a public body, followed up by letters until resolved. */
    @Column(name = "petition", nullable = false, updatable = false)
    private boolean petition;

    /** The public body complained of (petitions). */
    @Column(name = "respondent", length = 200)
    private String respondent;

    /** What the person asks of it (petitions). */
    @Column(name = "request", length = 1000)
    private String request;

    /** The earliest reply a letter sent to the public body still awaits (petitions); null when none. */
    @Column(name = "reply_due")
    private LocalDate replyDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30, nullable = false)
    private Category category;

    @Column(name = "facts", length = FACTS_LENGTH, nullable = false)
    private String facts;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Column(name = "sealed", nullable = false)
    private boolean sealed;

    @Column(name = "adviser_id", length = 36)
    private String adviserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_decision", length = 10)
    private ConflictDecision conflictDecision;

    @Column(name = "conflict_with", length = 2000)
    private String conflictWith;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "acknowledge_due", nullable = false)
    private LocalDate acknowledgeDue;

    @Column(name = "answer_due", nullable = false)
    private LocalDate answerDue;

    @Column(name = "due_provisional", nullable = false)
    private boolean dueProvisional;

    /** What is due next (acknowledgement, then answer), for the work list's order and flags; null once answered. */
    @Column(name = "next_due")
    private LocalDate nextDue;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_in_time")
    private Boolean answeredInTime;

    @Column(name = "answer", length = ANSWER_LENGTH)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "destination", length = 30)
    private Destination destination;

    @Column(name = "referred_to", length = 200)
    private String referredTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction", length = 20)
    private Satisfaction satisfaction;

    @Column(name = "summary", length = 2000)
    private String summary;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_by", length = 63, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** The federation's terms in working days when the matter came in (null: the defaults, matters taken in before terms). */
    @Column(name = "acknowledge_days")
    private Integer acknowledgeDays;

    @Column(name = "answer_days")
    private Integer answerDays;

    /** The deadline already escalated to the centre's head, so that one overdue deadline is escalated once. */
    @Column(name = "escalated_due")
    private LocalDate escalatedDue;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Consultation() {
    }

    /**
     * What a station takes in. The identity document is optional (the vault keeps it, see {@link Consultations}): its number in {@code residentId} (named so since the
     * module took resident IDs only), its kind in {@code documentKind} (none: a resident ID), the issuing state of a
     * foreign passport in {@code issuingCountry}.
     */
    public record Intake(String stationId, Channel channel, String referredBy, String personName, String personPhone,
                         Relation relation, String residentId, String language, List<Party.Named> parties, Category category,
                         String facts, org.qiaoyun.api.personal.DocumentKind documentKind, String issuingCountry) {

        /** An intake whose person shows a resident ID card, or no document. */
        public Intake(String stationId, Channel channel, String referredBy, String personName, String personPhone,
                      Relation relation, String residentId, String language, List<Party.Named> parties, Category category,
                      String facts) {
            this(stationId, channel, referredBy, personName, personPhone, relation, residentId, language, parties, category, facts,
                    null, null);
        }

        /** The document as checked by its kind's rules, if a number was given. */
        java.util.Optional<org.qiaoyun.api.personal.IdentityDocument> document(LocalDate today) {
            if (residentId == null || residentId.isBlank()) {
                return java.util.Optional.empty();
            }
            org.qiaoyun.api.personal.DocumentKind kind = documentKind == null ? org.qiaoyun.api.personal.DocumentKind.RESIDENT_ID : documentKind;
            return java.util.Optional.of(org.qiaoyun.api.personal.IdentityDocument.of(kind, residentId, issuingCountry, today));
        }
    }

    /** The resident ID number as kept: cipher, masked form and keyed hash; all null when none was given. */
    record KeptId(String cipher, String masked, String hash, org.qiaoyun.api.personal.DocumentKind kind, String country, String key) {
        static final KeptId NONE = new KeptId(null, null, null, null, null, null);
    }

    /** Takes a consultation in at a station of a centre, its deadlines counted from the day it came in. */
    static Consultation takeIn(Intake intake, String centreId, KeptId id, LocalDate today, Deadlines.Pair due, String by,
                               Instant at) {
        if (intake.personName() == null || intake.personName().isBlank()) {
            throw new InvalidInputException("personName", Text.of("legal.consultation.person-required"));
        }
        if (intake.category() == null) {
            throw new InvalidInputException("category", Text.of("legal.consultation.category-required"));
        }
        if (intake.relation() == null) {
            throw new InvalidInputException("relation", Text.of("legal.consultation.relation-required"));
        }
        if (intake.channel() == null) {
            throw new InvalidInputException("channel", Text.of("legal.consultation.channel-required"));
        }
        if (intake.parties() != null && intake.parties().size() > MOST_PARTIES) {
            throw new InvalidInputException("parties", Text.of("legal.consultation.too-many-parties", MOST_PARTIES));
        }
        Consultation c = new Consultation();
        c.id = UUID.randomUUID().toString();
        c.stationId = intake.stationId();
        c.centreId = centreId;
        c.channel = intake.channel();
        c.referredBy = FreeText.optional(intake.referredBy(), 200, "referredBy");
        if (c.channel.referred() && c.referredBy == null) {
            throw new InvalidInputException("referredBy", Text.of("legal.consultation.referred-by-required"));
        }
        c.personName = FreeText.required(intake.personName(), 100, "personName");
        c.personPhone = FreeText.optional(intake.personPhone(), 30, "personPhone");
        c.relation = intake.relation();
        c.idCipher = id.cipher();
        c.idMasked = id.masked();
        c.idKey = id.key();
        c.idKind = id.kind();
        c.idCountry = id.country();
        c.language = FreeText.optional(intake.language(), 30, "language");
        c.parties = FreeText.optional(intake.parties() == null ? null
                : String.join("、", intake.parties().stream().map(Party.Named::name).filter(n -> n != null && !n.isBlank())
                        .map(String::strip).toList()), 1000, "parties");
        c.category = intake.category();
        c.facts = FreeText.required(intake.facts(), FACTS_LENGTH, "facts");
        c.status = Status.RECEIVED;
        c.receivedOn = today;
        c.due(due);
        c.createdBy = by;
        c.createdAt = at.atOffset(ZoneOffset.UTC);
        return c;
    }

    /** Notes the terms the deadlines were counted under, so that a later count (a year entered) uses them again. */
    void countedUnder(Deadlines.Terms terms) {
        acknowledgeDays = terms.acknowledgeDays();
        answerDays = terms.answerDays();
    }

    /** The terms this matter's deadlines count under. */
    public Deadlines.Terms terms() {
        return acknowledgeDays == null || answerDays == null ? Deadlines.Terms.DEFAULT : new Deadlines.Terms(acknowledgeDays, answerDays);
    }

    /**
     * Whether the deadline now due has passed on {@code today} and has not gone up to the head yet. Escalation is
     * noted by {@link Escalation} with a bulk update that leaves the version alone: the platform's reminder must not
     * make the adviser's open screen stale.
     */
    boolean dueForEscalation(LocalDate today) {
        return overdue(today) && !nextDue.equals(escalatedDue);
    }

    /** The deadlines, counted again (when the calendar of a year they reach into is entered). */
    void due(Deadlines.Pair due) {
        acknowledgeDue = due.acknowledge().day();
        answerDue = due.answer().day();
        dueProvisional = due.acknowledge().provisional() || due.answer().provisional();
        recountNextDue();
    }

    /** What is due next: the step the status waits for, or a reply a petition's letter awaits, whichever is first. */
    private void recountNextDue() {
        LocalDate byStatus = switch (status) {
            case RECEIVED, CHECKED, ASSIGNED -> acknowledgeDue;
            case ACKNOWLEDGED -> answerDue;
            default -> null;
        };
        if (status == Status.CLOSED) {
            nextDue = null;
        } else if (byStatus == null || replyDue != null && replyDue.isBefore(byStatus)) {
            nextDue = replyDue;
        } else {
            nextDue = byStatus;
        }
    }

    /** Makes a matter just taken in a petition about a public body. */
    void petition(String body, String asked) {
        petition = true;
        respondent = FreeText.required(body, 200, "respondent");
        request = FreeText.required(asked, 1000, "request");
    }

    /**
     * Records a letter of a petition's follow-up on the timeline; {@code awaited} is the earliest reply the
     * letters sent still await (null: none), which the work list's deadline follows.
     */
    MatterEvent letter(String by, Letter letter, LocalDate awaited, Instant at) {
        require(Step.LETTER);
        if (!petition) {
            throw new ConflictException("step", Text.of("legal.letter.petitions-only"));
        }
        replyDue = awaited;
        return move(by, Step.LETTER, at, Text.of(letter.direction() == Letter.Direction.SENT ? "legal.event.letter-sent"
                : "legal.event.letter-received", letter.day().toString(), letter.party(),
                letter.replyDue() == null ? "" : letter.replyDue().toString()).stored());
    }

    /** Records the head's decision on the conflict check, with the matters it concerned. */
    MatterEvent checkConflicts(String by, ConflictDecision decision, Set<String> conflicting, String note, Instant at) {
        require(Step.CHECK_CONFLICTS);
        if (decision == null) {
            throw new InvalidInputException("decision", Text.of("legal.conflict.decision-required"));
        }
        String kept = FreeText.optional(note, 500, "note");
        if (decision == ConflictDecision.CONFLICT && kept == null) {
            throw new InvalidInputException("note", Text.of("legal.conflict.note-required"));
        }
        conflictDecision = decision;
        conflictWith = conflicting.isEmpty() ? null : String.join(",", conflicting);
        return move(by, Step.CHECK_CONFLICTS, at, Text.of("legal.event.conflicts", Text.of("legal.decision." + decision), conflicting.size(),
                kept == null ? "" : kept).stored());
    }

    /** Assigns the adviser (checked by the service to be an active adviser of the federation). */
    MatterEvent assign(String by, String adviser, String adviserName, Set<String> adviserMatters, Instant at) {
        Step step = status == Status.CHECKED ? Step.ASSIGN : Step.REASSIGN;
        require(step);
        if (conflictDecision == ConflictDecision.CONFLICT && adviserMatters.stream().anyMatch(conflictsWith()::contains)) {
            throw new ConflictException("adviserId", Text.of("legal.assign.adviser-in-conflict", adviserName));
        }
        if (adviser.equals(adviserId)) {
            throw new ConflictException("adviserId", Text.of("legal.assign.same-adviser", adviserName));
        }
        adviserId = adviser;
        return move(by, step, at, Text.of("legal.event.assigned", adviserName).stored());
    }

    MatterEvent acknowledge(String by, LocalDate today, String note, Instant at) {
        require(Step.ACKNOWLEDGE);
        acknowledgedOn = today;
        return move(by, Step.ACKNOWLEDGE, at, FreeText.optional(note, 500, "note"));
    }

    MatterEvent answer(String by, LocalDate today, String text, Instant at) {
        require(Step.ANSWER);
        answer = FreeText.required(text, ANSWER_LENGTH, "answer");
        answeredOn = today;
        answeredInTime = !today.isAfter(answerDue);
        return move(by, Step.ANSWER, at, Text.of(answeredInTime ? "legal.event.answered-in-time" : "legal.event.answered-late",
                answerDue.toString()).stored());
    }

    /** What closing a matter records. */
    public record Closing(Outcome outcome, Destination destination, String referredTo, Satisfaction satisfaction, String summary) {
    }

    MatterEvent close(String by, LocalDate today, Closing closing, Instant at) {
        require(Step.CLOSE);
        if (closing.outcome() == null) {
            throw new InvalidInputException("outcome", Text.of("legal.close.outcome-required"));
        }
        Destination to = closing.destination();
        String named = FreeText.optional(closing.referredTo(), 200, "referredTo");
        if (closing.outcome() == Outcome.REFERRED) {
            if (to == null) {
                throw new InvalidInputException("destination", Text.of("legal.close.destination-required"));
            }
            if (to.named() && named == null) {
                throw new InvalidInputException("referredTo", Text.of("legal.close.referred-to-required"));
            }
        } else if (to != null) {
            throw new InvalidInputException("destination", Text.of("legal.close.destination-only-referred"));
        }
        if (closing.outcome().petitionsOnly() && !petition) {
            throw new InvalidInputException("outcome", Text.of("legal.close.outcome-petitions-only", Text.of("legal.outcome." + closing.outcome())));
        }
        String kept = FreeText.required(closing.summary(), 2000, "summary");
        outcome = closing.outcome();
        destination = to;
        referredTo = closing.outcome() == Outcome.REFERRED ? named : null;
        satisfaction = closing.satisfaction();
        summary = kept;
        closedOn = today;
        return move(by, Step.CLOSE, at, Text.of("legal.event.closed", Text.of("legal.outcome." + outcome)).stored());
    }

    MatterEvent note(String by, String text, Instant at) {
        require(Step.NOTE);
        return move(by, Step.NOTE, at, FreeText.required(text, 2000, "note"));
    }

    MatterEvent seal(String by, Instant at) {
        require(Step.SEAL);
        if (sealed) {
            throw new ConflictException("status", Text.of("legal.seal.already"));
        }
        sealed = true;
        return move(by, Step.SEAL, at, null);
    }

    private void require(Step step) {
        if (!step.allowedFrom(status) || sealed && step == Step.SEAL) {
            // the steps it offers, each by its name in the reader's language (at most five: the table's widest row)
            List<Object> offered = new java.util.ArrayList<>(Step.offered(status, sealed, petition, Set.of(Step.Who.values())).stream()
                    .<Object>map(s -> Text.of("legal.step." + s.wire())).toList());
            while (offered.size() < 5) {
                offered.add("");
            }
            throw new ConflictException("status", Text.of("legal.step.not-now", Text.of("legal.status." + status),
                    Text.of("legal.step." + step.wire()), offered.get(0), offered.get(1), offered.get(2), offered.get(3), offered.get(4)));
        }
    }

    private MatterEvent move(String by, Step step, Instant at, String note) {
        Status from = status;
        status = step.leadsFrom(status);
        recountNextDue();
        return new MatterEvent(id, at, by, step.wire(), from, status, note);
    }

    /** Whether something is due and its day has passed. */
    public boolean overdue(LocalDate today) {
        return nextDue != null && today.isAfter(nextDue);
    }

    /** The matters the head found in conflict with this one. */
    public Set<String> conflictsWith() {
        return conflictWith == null ? Set.of() : Set.copyOf(Arrays.asList(conflictWith.split(",")));
    }

    public String id() {
        return id;
    }

    public String stationId() {
        return stationId;
    }

    public String centreId() {
        return centreId;
    }

    public Channel channel() {
        return channel;
    }

    public String referredBy() {
        return referredBy;
    }

    public String personName() {
        return personName;
    }

    public String personPhone() {
        return personPhone;
    }

    public Relation relation() {
        return relation;
    }

    /** The ID number as screens show it; null when none was given. */
    public String maskedId() {
        return idMasked;
    }

    /** The kind of the document kept, if any (a number kept before kinds were asked is a resident ID). */
    public org.qiaoyun.api.personal.DocumentKind documentKind() {
        return idKind != null ? idKind : idMasked == null ? null : org.qiaoyun.api.personal.DocumentKind.RESIDENT_ID;
    }

    /** The issuing state of a foreign passport kept, else null. */
    public String issuingCountry() {
        return idCountry;
    }

    String idCipher() {
        return idCipher;
    }

    /** Which key sealed the number kept (see {@link IdKeyRotation}). */
    String idKey() {
        return idKey;
    }

    /** The document kept, opened with the vault (either key while a rotation runs); empty when none is kept. */
    java.util.Optional<org.qiaoyun.api.personal.IdentityDocument> document(org.qiaoyun.api.personal.IdVault vault, LocalDate today) {
        if (idCipher == null) {
            return java.util.Optional.empty();
        }
        String number;
        try {
            number = vault.decrypt(idCipher);
        } catch (IllegalStateException neitherKey) {
            throw new ConflictException(null, Text.of("legal.consultation.id-key-cannot-decrypt", id));
        }
        return java.util.Optional.of(org.qiaoyun.api.personal.IdentityDocument.of(documentKind(), number, idCountry, today));
    }

    /**
     * Seals the number again under the vault's current key (a key rotation), answering its new keyed hash for the
     * party that stands for the person asking. A number neither key opens refuses, naming the matter.
     */
    String reseal(org.qiaoyun.api.personal.IdVault vault, LocalDate today) {
        org.qiaoyun.api.personal.IdentityDocument document = document(vault, today).orElseThrow();
        idCipher = vault.encrypt(document);
        idKind = document.kind();
        idKey = vault.keyId();
        return vault.hash(document);
    }

    public String language() {
        return language;
    }

    public String parties() {
        return parties;
    }

    public boolean isPetition() {
        return petition;
    }

    public String respondent() {
        return respondent;
    }

    public String request() {
        return request;
    }

    public LocalDate replyDue() {
        return replyDue;
    }

    public Category category() {
        return category;
    }

    /** What an erased person's name and story read: the same in either language, as Chinese forms redact a name. */
    public static final String ERASED = "×××";

    /**
     * How long a closed matter is kept before the person asking may have it erased: the general limitation period of
     * the Civil Code (art. 188, three years), within which the advice given and what it rested on may be needed should
     * the dispute come to a court, a complaint or a petition again; PIPL art. 47 leaves a period a law sets to run.
     */
    public static final java.time.Period KEEPING = java.time.Period.ofYears(3);

    /** The day the matter may be erased from (its close and {@link #KEEPING}); null while it is open. */
    public LocalDate keptUntil() {
        return closedOn == null ? null : closedOn.plus(KEEPING);
    }

    /**
     * Erases the details of the person asking at their request (PIPL art. 47), once the matter is closed and its keeping
     * period is over: their name reads {@link #ERASED}, their phone and document (seal, masked copy, kind) go, and so do
     * the other parties, the facts (also {@link #ERASED}), the request, the answer and the summary. Channel, who referred them (a contact
     * point, another federation), station, relation, category, petition, status, deadlines, dates, outcome and destination stay: the
     * federation's figures do not move. Refused, with the reason, while open or kept.
     */
    public void erase(LocalDate today) {
        if (status.isOpen()) {
            throw new ConflictException(null, Text.of("legal.rights.open"));
        }
        if (today.isBefore(keptUntil())) {
            throw new ConflictException(null, Text.of("legal.rights.kept-until", keptUntil().toString(), closedOn.toString()));
        }
        personName = ERASED;
        personPhone = null;
        idCipher = null;
        idMasked = null;
        idKey = null;
        idKind = null;
        idCountry = null;
        parties = null;
        facts = ERASED;
        request = null;
        answer = null;
        summary = null;
    }

    /**
     * Corrects the name and phone of the person asking at their request (PIPL art. 46), under the intake's rules (a
     * name of at most 100 characters, a phone of at most 30); an erased matter has no one to correct.
     */
    public void correctPerson(String name, String phone) {
        if (erased()) {
            throw new ConflictException(null, Text.of("legal.rights.unknown"));
        }
        personName = FreeText.required(name, 100, "personName");
        personPhone = FreeText.optional(phone, 30, "personPhone");
    }

    /** Whether the person's details were erased ({@link #erase}). */
    public boolean erased() {
        return ERASED.equals(personName) && ERASED.equals(facts);
    }

    public String facts() {
        return facts;
    }

    public Status status() {
        return status;
    }

    public boolean sealed() {
        return sealed;
    }

    public String adviserId() {
        return adviserId;
    }

    public ConflictDecision conflictDecision() {
        return conflictDecision;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate acknowledgeDue() {
        return acknowledgeDue;
    }

    public LocalDate answerDue() {
        return answerDue;
    }

    public boolean dueProvisional() {
        return dueProvisional;
    }

    public LocalDate nextDue() {
        return nextDue;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Boolean answeredInTime() {
        return answeredInTime;
    }

    public String answer() {
        return answer;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Destination destination() {
        return destination;
    }

    public String referredTo() {
        return referredTo;
    }

    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public String summary() {
        return summary;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public long version() {
        return version;
    }
}
