package org.qiaoyun.plugins.events.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.plugins.events.ChinaTime;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.newsletter.Subscriber;

/**
 * What the events module keeps about a person, for their rights: their registrations for events (found by phone or
 * email: the module keeps no document numbers) and their newsletter subscription (by email). Erasing a registration
 * keeps the place it took and whether it was used (the event's counts stay right) and forgets name, phone, email,
 * country, organisation and notes, as the registrations of events over a year ago are forgotten; erasing a
 * subscription unsubscribes the address and forgets the name. Only the federation's admins.
 */
public final class EventsPersonalData implements PersonalData {

    @Override
    public List<Kept> find(TenantScope scope, Person person) {
        requireAdmin(scope);
        String phone = person.phone() == null ? null : Guest.phone(person.phone());
        String email = person.email() == null ? null : person.email().toLowerCase(Locale.ROOT);
        if (phone == null && email == null) {
            return List.of();
        }
        return scope.transaction(em -> {
            List<Kept> kept = new ArrayList<>();
            List<Registration> registrations = em.createQuery("select r from Registration r where r.name <> ''"
                            + " and (r.phone = :phone or r.email = :email) order by r.registeredAt", Registration.class)
                    .setParameter("phone", phone == null ? "" : phone).setParameter("email", email == null ? "" : email).getResultList();
            for (Registration r : registrations) {
                CulturalEvent event = em.find(CulturalEvent.class, r.eventId());
                List<Field> fields = new ArrayList<>();
                fields.add(Field.of(Text.of("events.rights.event"), event == null ? r.eventId()
                        : event.title() + " · " + ChinaTime.shown(event.startsAt())));
                fields.add(Field.named(Text.of("events.sheet.standing"), Text.of("events.standing." + r.standing().name())));
                add(fields, "events.field.name", r.name());
                add(fields, "events.field.phone", r.phone());
                add(fields, "events.field.email", r.email());
                add(fields, "events.field.country", r.country());
                add(fields, "events.field.organisation", r.organisation());
                add(fields, "events.field.notes", r.notes());
                add(fields, "events.rights.companions", Integer.toString(r.companions()));
                add(fields, "events.rights.registered-at", ChinaTime.shown(r.registeredAt()));
                add(fields, "events.rights.consent-at", r.consentAt() == null ? null : ChinaTime.shown(r.consentAt()));
                add(fields, "events.rights.checked-in-at", r.checkedInAt() == null ? null : ChinaTime.shown(r.checkedInAt()));
                kept.add(new Kept("registration:" + r.id(), Text.of("events.rights.registration"), fields));
            }
            if (email != null) {
                for (Subscriber s : em.createQuery("select s from Subscriber s where s.email = :email and s.name <> ''", Subscriber.class)
                        .setParameter("email", email).getResultList()) {
                    List<Field> fields = new ArrayList<>();
                    add(fields, "events.field.name", s.name());
                    add(fields, "events.field.email", s.email());
                    add(fields, "events.field.country", s.country());
                    fields.add(Field.named(Text.of("events.rights.standing"), Text.of("events.rights.standing." + s.standing().name())));
                    kept.add(new Kept("subscriber:" + s.id(), Text.of("events.rights.subscriber"), fields));
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
            int erased;
            if (id.startsWith("registration:")) {
                erased = em.createQuery("update Registration r set r.name = '', r.phone = null, r.email = null, r.organisation = null,"
                        + " r.country = null, r.notes = null where r.id = :id and r.name <> ''")
                        .setParameter("id", id.substring("registration:".length())).executeUpdate();
            } else if (id.startsWith("subscriber:")) {
                erased = em.createQuery("update Subscriber s set s.name = '', s.country = null, s.standing = :unsubscribed where s.id = :id"
                        + " and s.name <> ''").setParameter("unsubscribed", Subscriber.Standing.UNSUBSCRIBED)
                        .setParameter("id", id.substring("subscriber:".length())).executeUpdate();
            } else {
                erased = 0;
            }
            if (erased == 0) {
                throw new UnknownObjectException(Text.of("events.rights.unknown"));
            }
            scope.audit("rights.erase", id, Text.of("events.audit.rights-erased"));
            return null;
        });
    }

    private static void add(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(Field.of(Text.of(label), value));
        }
    }

    private static void requireAdmin(TenantScope scope) {
        if (!scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("events.rights.admins"));
        }
    }
}
