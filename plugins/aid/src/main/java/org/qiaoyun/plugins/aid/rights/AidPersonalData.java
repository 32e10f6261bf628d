package org.qiaoyun.plugins.aid.rights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.rights.PersonRows;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.periodic.Schedule;

/**
 * What the aid module keeps about a person, for their rights (PIPL arts. 44-47): their beneficiary record, found by
 * the keyed hash of their document number (under either key while a key rotation runs), by their phone or, for a
 * child, their guardian's phone; and each of their cases with its amounts and notes. Erasing the person
 * ({@code beneficiary:<id>}) anonymises the record in place ({@link Beneficiary#erase}) and takes the names and notes
 * out of their cases, the cases' timelines, referrals, schedules, campaign visits and ledger lines, keeping every
 * amount, date, count and status, so that funds and figures stay right; erasing one case ({@code case:<id>}) takes
 * out that case's notes alone. Refused while a case of theirs is open or a monthly payment still runs: the work in
 * hand needs to know whom it pays. A beneficiary's name, phone, address, household and guardian are corrected at their
 * request ({@link #correct}). Only the federation's admins; each erasure audited without the person's details.
 */
public final class AidPersonalData implements PersonalData {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String PERSON = "beneficiary:";
    private static final String CASE = "case:";

    private final Supplier<IdVault> vault;

    public AidPersonalData(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public List<Kept> find(TenantScope scope, Person person) {
        requireAdmin(scope);
        return scope.transaction(em -> {
            List<Kept> kept = new ArrayList<>();
            for (Beneficiary b : people(em, person, AidIndicators.today(scope))) {
                kept.add(record(b));
                for (AidCase c : em.createQuery("select c from AidCase c where c.beneficiaryId = :id order by c.createdAt, c.id", AidCase.class)
                        .setParameter("id", b.id()).getResultList()) {
                    kept.add(record(c));
                }
            }
            return kept;
        });
    }

    @Override
    public void erase(TenantScope scope, String recordId) {
        requireAdmin(scope);
        String id = recordId == null ? "" : recordId;
        scope.transaction(em -> {
            if (id.startsWith(PERSON)) {
                Beneficiary person = em.find(Beneficiary.class, id.substring(PERSON.length()));
                if (person == null || person.erased()) {
                    throw new UnknownObjectException(Text.of("aid.rights.unknown"));
                }
                List<AidCase> cases = em.createQuery("select c from AidCase c where c.beneficiaryId = :id", AidCase.class)
                        .setParameter("id", person.id()).getResultList();
                long open = cases.stream().filter(c -> c.status().isOpen()).count();
                if (open > 0) {
                    throw new ConflictException(null, Text.of("aid.rights.open-cases", open));
                }
                List<String> caseIds = cases.stream().map(AidCase::id).toList();
                refuseRunningSchedules(em, caseIds);
                erase(em, person, caseIds);
            } else if (id.startsWith(CASE)) {
                AidCase aidCase = em.find(AidCase.class, id.substring(CASE.length()));
                if (aidCase == null) {
                    throw new UnknownObjectException(Text.of("aid.rights.unknown"));
                }
                if (aidCase.status().isOpen()) {
                    throw new ConflictException(null, Text.of("aid.rights.case-open"));
                }
                refuseRunningSchedules(em, List.of(aidCase.id()));
                eraseNotes(em, aidCase.id());
            } else {
                throw new UnknownObjectException(Text.of("aid.rights.unknown"));
            }
            scope.audit("rights.erase", id, Text.of("aid.audit.rights-erased"));
            return null;
        });
    }

    /**
     * Corrects a beneficiary's name, phone, address, household or guardian (PIPL art. 46) under the record's own rules
     * ({@link Beneficiary#describe}: a name, a child's guardian), on the version read; a case is not corrected here.
     */
    @Override
    public void correct(TenantScope scope, Correction correction) {
        requireAdmin(scope);
        String id = correction.recordId() == null ? "" : correction.recordId();
        scope.transaction(em -> {
            Beneficiary b = id.startsWith(PERSON) ? em.find(Beneficiary.class, id.substring(PERSON.length())) : null;
            if (b == null || b.erased()) {
                throw new UnknownObjectException(Text.of("aid.rights.unknown"));
            }
            StaleVersionException.unlessCurrent(correction.version(), b.version());
            b.describe(new Beneficiary.Details(correction.value("name", b.name()), correction.phone("phone", b.phone()),
                    correction.value("address", b.address()), b.category(), b.tags(), correction.value("household", b.household()),
                    correction.value("guardianName", b.guardianName()), correction.phone("guardianPhone", b.guardianPhone())),
                    AidIndicators.today(scope));
            scope.audit("rights.correct", id, Text.of("aid.audit.rights-corrected", correction.values().size()));
            return null;
        });
    }

    /**
     * The people the request names, each once: by a document number's keyed hash (every kind it may be, under each
     * key of a rotation), by their own or their guardian's phone (the digits compared, among the rows whose last
     * four digits match).
     */
    private List<Beneficiary> people(EntityManager em, Person person, LocalDate today) {
        return PersonRows.of(person, Beneficiary::id)
                .byDocument(vault.get(), today, hashes -> em.createQuery("select b from Beneficiary b where b.idHash in :hashes order by b.id",
                        Beneficiary.class).setParameter("hashes", hashes).getResultList())
                .byPhone(tail -> em.createQuery("select b from Beneficiary b where b.phone like :tail or b.guardianPhone like :tail order by b.id",
                        Beneficiary.class).setParameter("tail", tail).getResultList(), Beneficiary::phone, Beneficiary::guardianPhone)
                .rows().stream().filter(b -> !b.erased()).toList();
    }

    /**
     * Erases a person in place with the names and notes of their cases ({@code caseIds}) and campaign visits; the caller
     * has made sure no case of theirs is in hand, and audits.
     */
    static void erase(EntityManager em, Beneficiary person, List<String> caseIds) {
        person.erase();
        caseIds.forEach(caseId -> eraseNotes(em, caseId));
        em.createQuery("update Household h set h.notHandedReason = null where h.beneficiaryId = :id")
                .setParameter("id", person.id()).executeUpdate();
    }

    private static void refuseRunningSchedules(EntityManager em, List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        long running = em.createQuery("select count(s) from Schedule s where s.caseId in :cases and s.status = :active", Long.class)
                .setParameter("cases", caseIds).setParameter("active", Schedule.Status.ACTIVE).getSingleResult();
        if (running > 0) {
            throw new ConflictException(null, Text.of("aid.rights.schedule-running", running));
        }
    }

    /** A case's names and notes out of it and of what hangs on it; its amounts, dates and steps stay. */
    private static void eraseNotes(EntityManager em, String caseId) {
        em.createQuery("update AidCase c set c.summary = null, c.visitor = null, c.findings = null, c.version = c.version + 1"
                + " where c.id = :id").setParameter("id", caseId).executeUpdate();
        em.createQuery("update CaseEvent e set e.comment = null where e.caseId = :id").setParameter("id", caseId).executeUpdate();
        em.createQuery("update Referral r set r.outcomeNote = null where r.caseId = :id").setParameter("id", caseId).executeUpdate();
        em.createQuery("update Schedule s set s.stopReason = null, s.refusal = null where s.caseId = :id")
                .setParameter("id", caseId).executeUpdate();
        em.createQuery("update FundEntry f set f.note = null where f.caseId = :id").setParameter("id", caseId).executeUpdate();
    }

    private static Kept record(Beneficiary b) {
        List<Field> fields = new ArrayList<>();
        add(fields, "aid.rights.name", b.name());
        fields.add(Field.named(Text.of("aid.rights.document"), Text.of(b.documentKind().textCode())));
        add(fields, "aid.rights.document-number", b.maskedId());
        add(fields, "aid.rights.birth-date", b.birthDate().toString());
        add(fields, "aid.rights.phone", b.phone());
        add(fields, "aid.rights.address", b.address());
        fields.add(Field.named(Text.of("aid.rights.category"), Text.of("aid.rights.category." + b.category().name())));
        add(fields, "aid.rights.household", b.household());
        add(fields, "aid.rights.guardian", b.guardianName());
        add(fields, "aid.rights.guardian-phone", b.guardianPhone());
        add(fields, "aid.rights.consent-date", b.consentDate().toString());
        add(fields, "aid.rights.consent-by", b.consentBy());
        List<Correctable> correctable = List.of(
                new Correctable("name", Text.of("aid.rights.name"), b.name()),
                new Correctable("phone", Text.of("aid.rights.phone"), b.phone()),
                new Correctable("address", Text.of("aid.rights.address"), b.address()),
                new Correctable("household", Text.of("aid.rights.household"), b.household()),
                new Correctable("guardianName", Text.of("aid.rights.guardian"), b.guardianName()),
                new Correctable("guardianPhone", Text.of("aid.rights.guardian-phone"), b.guardianPhone()));
        return new Kept(PERSON + b.id(), Text.of("aid.rights.beneficiary"), fields, b.version(), correctable);
    }

    private static Kept record(AidCase c) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.named(Text.of("aid.rights.aid-type"), Text.of("aid.type." + c.type().name())));
        fields.add(Field.named(Text.of("aid.rights.status"), Text.of("aid.status." + c.status().name())));
        add(fields, "aid.rights.opened-on", c.createdAt().atZone(CHINA).toLocalDate().toString());
        add(fields, "aid.rights.requested", c.requested().toString());
        add(fields, "aid.rights.approved", c.approved() == null ? null : c.approved().toString());
        add(fields, "aid.rights.disbursed", c.disbursed().toString());
        add(fields, "aid.rights.summary", c.summary());
        add(fields, "aid.rights.visit-date", c.visitDate() == null ? null : c.visitDate().toString());
        add(fields, "aid.rights.visitor", c.visitor());
        add(fields, "aid.rights.findings", c.findings());
        return new Kept(CASE + c.id(), Text.of("aid.rights.case"), fields);
    }

    private static void add(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(Field.of(Text.of(label), value));
        }
    }

    private static void requireAdmin(TenantScope scope) {
        if (!scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("aid.rights.admins"));
        }
    }
}
