package org.qiaoyun.plugins.legal.rights;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.MatterEvent;
import org.qiaoyun.plugins.legal.consultation.Party;

/**
 * What the legal module keeps about a person who asked for advice, for their rights (PIPL arts. 44-47): each matter
 * they brought, found through the parties the conflict check keeps (the one asking, by the keyed hash of their document
 * number under either key of a rotation, or by their phone's last eleven digits). The copy gives what the person told
 * the station about themselves and where the matter stands; what the matter says (facts, answer) stays as confidential
 * as the matter is, for its adviser and the centre's head to give. Erasing a matter ({@code consultation:<id>}) is the
 * matter's own rule ({@link Consultation#erase}: closed, and its keeping period over); it also drops the matter's
 * parties from the conflict check, the free-text notes of its timeline, its letters' summaries and its files. Only the
 * federation's admins; the name and phone of the one asking are corrected at their request ({@link #correct}); each
 * erasure and correction audited without the person's details.
 */
public final class LegalPersonalData implements PersonalData {

    private static final String MATTER = "consultation:";

    private final Supplier<IdVault> vault;

    public LegalPersonalData(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public List<Kept> find(TenantScope scope, Person person) {
        requireAdmin(scope);
        return scope.transaction(em -> {
            List<Kept> kept = new ArrayList<>();
            for (String id : matters(em, person, scope)) {
                Consultation c = em.find(Consultation.class, id);
                if (c != null && !c.erased()) {
                    kept.add(record(c));
                }
            }
            return kept;
        });
    }

    @Override
    public void erase(TenantScope scope, String recordId) {
        requireAdmin(scope);
        String id = recordId == null || !recordId.startsWith(MATTER) ? "" : recordId.substring(MATTER.length());
        scope.transaction(em -> {
            Consultation matter = id.isEmpty() ? null : em.find(Consultation.class, id);
            if (matter == null || matter.erased()) {
                throw new UnknownObjectException(Text.of("legal.rights.unknown"));
            }
            erase(scope, em, matter);
            scope.audit("rights.erase", recordId, Text.of("legal.audit.rights-erased"));
            return null;
        });
    }

    /**
     * Erases one matter in place ({@link Consultation#erase}, which refuses an open matter or one within its keeping
     * period) with what hangs on it: its parties leave the conflict check, the notes written on its timeline and its
     * letters' summaries go, its files are removed. The caller audits.
     */
    static void erase(TenantScope scope, EntityManager em, Consultation matter) {
        String id = matter.id();
        matter.erase(ChinaTime.today(scope));
        em.createQuery("delete from Party p where p.consultationId = :id").setParameter("id", id).executeUpdate();
        List<String> written = em.createQuery("select e from MatterEvent e where e.consultationId = :id", MatterEvent.class)
                .setParameter("id", id).getResultList().stream().filter(e -> e.writtenNote()).map(MatterEvent::id).toList();
        if (!written.isEmpty()) {
            em.createQuery("update MatterEvent e set e.note = null where e.id in :ids").setParameter("ids", written).executeUpdate();
        }
        em.createQuery("update Letter l set l.summary = null where l.consultationId = :id").setParameter("id", id).executeUpdate();
        scope.files().of(Consultations.fileRecord(id)).forEach(file -> scope.files().remove(file.id()));
    }

    /**
     * Corrects the name or phone of the person asking in one matter (PIPL art. 46), on the version read, and the party
     * the conflict check and this search know them by; what the matter says is the adviser's to correct.
     */
    @Override
    public void correct(TenantScope scope, Correction correction) {
        requireAdmin(scope);
        String recordId = correction.recordId() == null ? "" : correction.recordId();
        String id = recordId.startsWith(MATTER) ? recordId.substring(MATTER.length()) : "";
        scope.transaction(em -> {
            Consultation matter = id.isEmpty() ? null : em.find(Consultation.class, id);
            if (matter == null || matter.erased()) {
                throw new UnknownObjectException(Text.of("legal.rights.unknown"));
            }
            StaleVersionException.unlessCurrent(correction.version(), matter.version());
            String name = correction.value("personName", matter.personName());
            String phone = correction.phone("personPhone", matter.personPhone());
            matter.correctPerson(name, phone);
            for (Party asking : em.createQuery("select p from Party p where p.consultationId = :id and p.asking = true", Party.class)
                    .setParameter("id", id).getResultList()) {
                em.remove(asking);
                em.persist(asking.corrected(name, phone));
            }
            scope.audit("rights.correct", recordId, Text.of("legal.audit.rights-corrected", correction.values().size()));
            return null;
        });
    }

    /** The matters in which the person is the one asking: by a document number's keyed hash, by their phone. */
    private Set<String> matters(EntityManager em, Person person, TenantScope scope) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> hashes = person.documentHashes(vault.get(), ChinaTime.today(scope));
        if (!hashes.isEmpty()) {
            ids.addAll(em.createQuery("select p.consultationId from Party p where p.asking = true and p.idHash in :hashes"
                    + " order by p.consultationId", String.class).setParameter("hashes", hashes).getResultList());
        }
        String phone = Party.phoneKey(person.phone());
        if (phone != null) {
            ids.addAll(em.createQuery("select p.consultationId from Party p where p.asking = true and p.phoneKey = :phone"
                    + " order by p.consultationId", String.class).setParameter("phone", phone).getResultList());
        }
        return ids;
    }

    private static Kept record(Consultation c) {
        List<Field> fields = new ArrayList<>();
        add(fields, "legal.rights.name", c.personName());
        add(fields, "legal.rights.phone", c.personPhone());
        fields.add(Field.named(Text.of("legal.rights.relation"), Text.of("legal.relation." + c.relation().name())));
        if (c.maskedId() != null) {
            fields.add(Field.named(Text.of("legal.rights.document"), Text.of(c.documentKind().textCode())));
            add(fields, "legal.rights.document-number", c.maskedId());
        }
        add(fields, "legal.rights.language", c.language());
        fields.add(Field.named(Text.of("legal.rights.category"), Text.of("legal.category." + c.category().name())));
        fields.add(Field.named(Text.of("legal.rights.status"), Text.of("legal.status." + c.status().name())));
        add(fields, "legal.rights.received-on", c.receivedOn().toString());
        add(fields, "legal.rights.closed-on", c.closedOn() == null ? null : c.closedOn().toString());
        add(fields, "legal.rights.kept-until-label", c.keptUntil() == null ? null : c.keptUntil().toString());
        fields.add(Field.named(Text.of("legal.rights.contents"), Text.of("legal.rights.confidential")));
        List<Correctable> correctable = List.of(new Correctable("personName", Text.of("legal.rights.name"), c.personName()),
                new Correctable("personPhone", Text.of("legal.rights.phone"), c.personPhone()));
        return new Kept(MATTER + c.id(), Text.of(c.isPetition() ? "legal.rights.petition" : "legal.rights.consultation"), fields,
                c.version(), correctable);
    }

    private static void add(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(Field.of(Text.of(label), value));
        }
    }

    private static void requireAdmin(TenantScope scope) {
        if (!scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("legal.rights.admins"));
        }
    }
}
