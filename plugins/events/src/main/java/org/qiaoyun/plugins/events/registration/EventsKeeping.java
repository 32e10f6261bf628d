package org.qiaoyun.plugins.events.registration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.rights.Retention;
import org.qiaoyun.plugins.events.newsletter.Subscribers;

/**
 * How long the events module keeps people's details, as the platform's daily erasure asks (PIPL art. 47):
 * <ul>
 * <li>{@code registration}: the people who signed up for an event, from the event's end; a year by default and at the
 * most, since the sign-up page's consent text promises to forget them by then (a federation may keep them less, down to
 * a month); then forgotten as {@link Registrations#forgetEndedBefore} forgets them (the places, companions, standings and
 * regions stay for the figures);</li>
 * <li>{@code subscriber}: newsletter readers who unsubscribed (consent withdrawn) or whose mail bounced, from that day;
 * a month by default (time for staff to correct an address that bounced), a year at the most; then their name, country
 * and the mail server's words are forgotten ({@link Subscribers#forgetLeftBefore}), the address stays so that nothing
 * is sent to it again.</li>
 * </ul>
 * Each run is one transaction per kind, audited with the count alone.
 */
public final class EventsKeeping implements Retention {

    static final String REGISTRATION = "registration";
    static final String SUBSCRIBER = "subscriber";
    /** The most a federation may keep a registration after its event: what the consent text promises. */
    static final int PROMISED_MONTHS = (int) Registrations.KEPT_AFTER_EVENT.toTotalMonths();

    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind(REGISTRATION, Text.of("events.retention.registration"), Text.of("events.retention.from-event-end"),
                        PROMISED_MONTHS, 1, PROMISED_MONTHS),
                new Kind(SUBSCRIBER, Text.of("events.retention.subscriber"), Text.of("events.retention.from-leaving"), 1, 1, 12));
    }

    @Override
    public int eraseEnded(TenantScope federation, String kind, int months) {
        if (!REGISTRATION.equals(kind) && !SUBSCRIBER.equals(kind)) {
            return 0;
        }
        // never longer than promised, whatever was kept as the federation's period
        int period = REGISTRATION.equals(kind) ? Math.min(months, PROMISED_MONTHS) : months;
        OffsetDateTime before = federation.clock().instant().atOffset(ZoneOffset.UTC).minusMonths(period);
        try {
            return federation.transaction(em -> {
                int erased = REGISTRATION.equals(kind) ? Registrations.forgetEndedBefore(em, before) : Subscribers.forgetLeftBefore(em, before);
                if (erased > 0) {
                    federation.audit("rights.retention", kind, Text.of("events.audit.retention-erased." + kind, erased, period));
                }
                return erased;
            });
        } catch (org.qiaoyun.api.RefusalException readOnly) {
            return 0; // an archived federation's data stays as it was archived
        }
    }
}
