package org.qiaoyun.plugins.volunteers.rights;

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
import org.qiaoyun.plugins.volunteers.recognition.Nomination;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * What the volunteer module keeps about a person, for their rights (PIPL arts. 44-47): their volunteer record, found
 * by the keyed hash of their document number (under either key while a rotation runs; none where the module has no
 * key), by their phone or, for a minor, their guardian's; and each sign-up of theirs with its time, standing, minutes
 * and notes. Erasing the volunteer ({@code volunteer:<id>}) anonymises the record in place ({@link Volunteer#erase})
 * and takes the notes out of their sign-ups, nominations and certificates, keeping every sign-up, its times and
 * minutes (the shifts' rosters, the federation's hours and figures stay right); erasing one sign-up
 * ({@code signup:<id>}) takes out its notes alone. Refused while they are on a shift yet to end or their nomination
 * for an award is still being decided. A volunteer's name, phone and district are corrected at their request
 * ({@link #correct}). Only the federation's admins; each erasure audited without their details.
 */
public final class VolunteersPersonalData implements PersonalData {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String VOLUNTEER = "volunteer:";
    private static final String SIGN_UP = "signup:";
    static final List<SignUp.Status> ON_A_SHIFT = List.of(SignUp.Status.CONFIRMED, SignUp.Status.PENDING, SignUp.Status.WAITING);

    private final Supplier<IdVault> vault;

    public VolunteersPersonalData(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public List<Kept> find(TenantScope scope, Person person) {
        requireAdmin(scope);
        return scope.transaction(em -> {
            List<Kept> kept = new ArrayList<>();
            for (Volunteer v : volunteers(em, person, LocalDate.now(scope.clock().withZone(CHINA)))) {
                List<SignUp> signUps = em.createQuery("select s from SignUp s where s.volunteerId = :id order by s.shiftStart, s.id", SignUp.class)
                        .setParameter("id", v.id()).getResultList();
                kept.add(record(v, signUps.stream().mapToLong(s -> s.minutes() == null ? 0 : s.minutes()).sum()));
                signUps.forEach(s -> kept.add(record(s)));
            }
            return kept;
        });
    }

    @Override
    public void erase(TenantScope scope, String recordId) {
        requireAdmin(scope);
        String id = recordId == null ? "" : recordId;
        scope.transaction(em -> {
            if (id.startsWith(VOLUNTEER)) {
                Volunteer volunteer = em.find(Volunteer.class, id.substring(VOLUNTEER.length()));
                if (volunteer == null || volunteer.erased()) {
                    throw new UnknownObjectException(Text.of("volunteers.rights.unknown"));
                }
                long onShifts = em.createQuery("select count(s) from SignUp s where s.volunteerId = :id and s.status in :on"
                                + " and s.shiftEnd > :now", Long.class).setParameter("id", volunteer.id()).setParameter("on", ON_A_SHIFT)
                        .setParameter("now", scope.clock().instant().atOffset(java.time.ZoneOffset.UTC)).getSingleResult();
                if (onShifts > 0) {
                    throw new ConflictException(null, Text.of("volunteers.rights.shifts-to-come", onShifts));
                }
                long nominated = em.createQuery("select count(n) from Nomination n where n.volunteerId = :id and n.status = :proposed", Long.class)
                        .setParameter("id", volunteer.id()).setParameter("proposed", Nomination.Status.PROPOSED).getSingleResult();
                if (nominated > 0) {
                    throw new ConflictException(null, Text.of("volunteers.rights.nominated"));
                }
                erase(em, volunteer, scope.clock().instant());
            } else if (id.startsWith(SIGN_UP)) {
                int erased = em.createQuery("update SignUp s set s.correctionReason = null, s.declineReason = null, s.evaluationNote = null"
                        + " where s.id = :id").setParameter("id", id.substring(SIGN_UP.length())).executeUpdate();
                if (erased == 0) {
                    throw new UnknownObjectException(Text.of("volunteers.rights.unknown"));
                }
            } else {
                throw new UnknownObjectException(Text.of("volunteers.rights.unknown"));
            }
            scope.audit("rights.erase", id, Text.of("volunteers.audit.rights-erased"));
            return null;
        });
    }

    /**
     * Erases a volunteer in place, as {@link #erase(TenantScope, String)} does once it has found nothing in hand: the record
     * anonymised ({@link Volunteer#erase}), the notes taken out of their sign-ups, nominations and certificates; every
     * sign-up, time and minute stays. The one way both an erasure asked for and the keeping period's end erase.
     */
    static void erase(EntityManager em, Volunteer volunteer, java.time.Instant now) {
        volunteer.erase(now);
        em.createQuery("update SignUp s set s.correctionReason = null, s.declineReason = null, s.evaluationNote = null"
                + " where s.volunteerId = :id").setParameter("id", volunteer.id()).executeUpdate();
        em.createQuery("update Nomination n set n.reason = :erased, n.decisionNote = null where n.volunteerId = :id")
                .setParameter("erased", Volunteer.ERASED).setParameter("id", volunteer.id()).executeUpdate();
        em.createQuery("update IssuedCertificate c set c.nameMasked = :erased where c.volunteerId = :id")
                .setParameter("erased", Volunteer.ERASED).setParameter("id", volunteer.id()).executeUpdate();
    }

    /**
     * Corrects a volunteer's name, phone or district (PIPL art. 46) under the record's own rule ({@link Volunteer#describe}:
     * a name), on the version read; the account, the document and a sign-up are not corrected here.
     */
    @Override
    public void correct(TenantScope scope, Correction correction) {
        requireAdmin(scope);
        String id = correction.recordId() == null ? "" : correction.recordId();
        scope.transaction(em -> {
            Volunteer v = id.startsWith(VOLUNTEER) ? em.find(Volunteer.class, id.substring(VOLUNTEER.length())) : null;
            if (v == null || v.erased()) {
                throw new UnknownObjectException(Text.of("volunteers.rights.unknown"));
            }
            StaleVersionException.unlessCurrent(correction.version(), v.version());
            v.describe(correction.value("name", v.name()), correction.phone("phone", v.phone()), v.skills(), v.languages(),
                    correction.value("district", v.district()), v.availability());
            scope.audit("rights.correct", id, Text.of("volunteers.audit.rights-corrected", correction.values().size()));
            return null;
        });
    }

    /**
     * The volunteers the request names, each once: by a document number's keyed hash (every kind it may be, under each
     * key of a rotation), by their own or their guardian's phone (the digits compared, among the rows whose last four
     * digits match).
     */
    private List<Volunteer> volunteers(EntityManager em, Person person, LocalDate today) {
        return PersonRows.of(person, Volunteer::id)
                .byDocument(vault.get(), today, hashes -> em.createQuery("select v from Volunteer v where v.idHash in :hashes order by v.id",
                        Volunteer.class).setParameter("hashes", hashes).getResultList())
                .byPhone(tail -> em.createQuery("select v from Volunteer v where v.phone like :tail or v.guardianPhone like :tail order by v.id",
                        Volunteer.class).setParameter("tail", tail).getResultList(), Volunteer::phone, Volunteer::guardianPhone)
                .rows().stream().filter(v -> !v.erased()).toList();
    }

    private static Kept record(Volunteer v, long minutesServed) {
        List<Field> fields = new ArrayList<>();
        add(fields, "volunteers.rights.name", v.name());
        add(fields, "volunteers.rights.account", v.username());
        add(fields, "volunteers.rights.phone", v.phone());
        if (v.idMasked() != null) {
            fields.add(Field.named(Text.of("volunteers.rights.document"), Text.of(v.documentKind().textCode())));
            add(fields, "volunteers.rights.document-number", v.idMasked());
        }
        add(fields, "volunteers.rights.birth-year", v.birthYear() == null ? null : v.birthYear().toString());
        add(fields, "volunteers.rights.skills", v.skills());
        add(fields, "volunteers.rights.languages", v.languages());
        add(fields, "volunteers.rights.district", v.district());
        add(fields, "volunteers.rights.availability", v.availability());
        add(fields, "volunteers.rights.guardian", v.guardianName());
        add(fields, "volunteers.rights.guardian-phone", v.guardianPhone());
        fields.add(Field.named(Text.of("volunteers.rights.status"), Text.of("volunteers.rights.status." + v.status().name())));
        add(fields, "volunteers.rights.registered-on", v.registeredAt().atZone(CHINA).toLocalDate().toString());
        add(fields, "volunteers.rights.minutes-served", Long.toString(minutesServed));
        List<Correctable> correctable = List.of(
                new Correctable("name", Text.of("volunteers.rights.name"), v.name()),
                new Correctable("phone", Text.of("volunteers.rights.phone"), v.phone()),
                new Correctable("district", Text.of("volunteers.rights.district"), v.district()));
        return new Kept(VOLUNTEER + v.id(), Text.of("volunteers.rights.volunteer"), fields, v.version(), correctable);
    }

    private static Kept record(SignUp s) {
        List<Field> fields = new ArrayList<>();
        add(fields, "volunteers.rights.shift-start", shown(s.shiftStart()));
        fields.add(Field.named(Text.of("volunteers.rights.sign-up-status"), Text.of("volunteers.rights.sign-up-status." + s.status().name())));
        add(fields, "volunteers.rights.checked-in-at", s.checkedInAt() == null ? null : shown(s.checkedInAt()));
        add(fields, "volunteers.rights.checked-out-at", s.checkedOutAt() == null ? null : shown(s.checkedOutAt()));
        add(fields, "volunteers.rights.minutes", s.minutes() == null ? null : s.minutes().toString());
        add(fields, "volunteers.rights.correction-reason", s.correctionReason());
        add(fields, "volunteers.rights.decline-reason", s.declineReason());
        add(fields, "volunteers.rights.evaluation-note", s.evaluationNote());
        return new Kept(SIGN_UP + s.id(), Text.of("volunteers.rights.sign-up"), fields);
    }

    private static String shown(java.time.Instant at) {
        return at.atZone(CHINA).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    private static void add(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(Field.of(Text.of(label), value));
        }
    }

    private static void requireAdmin(TenantScope scope) {
        if (!scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("volunteers.rights.admins"));
        }
    }
}
