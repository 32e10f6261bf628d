package org.qiaoyun.plugins.events.event;

import java.util.Optional;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.staffing.Staffing;
import org.qiaoyun.api.staffing.StaffingNeed;
import org.qiaoyun.api.staffing.StaffingStatus;
import org.qiaoyun.plugins.events.Permissions;

/**
 * Volunteers for an event from the volunteer module, through {@link Staffing}, where both modules are on in the
 * federation: an organiser asks for so many volunteers with such skills for the event's time and place, and sees the
 * places filled. Where the volunteer module is off the event works without it, and this says so instead of asking.
 */
public final class EventStaffing {

    static final String MODULE = "events";
    private final TenantScope scope;
    private final Optional<Staffing> staffing;

    public EventStaffing(TenantScope scope, Optional<Staffing> staffing) {
        this.scope = scope;
        this.staffing = staffing;
    }

    /** Whether volunteers can be asked for here (the volunteer module runs and is on in this federation). */
    public boolean available() {
        return staffing.isPresent();
    }

    /** Asks for volunteers for the event (organisers, admins); asking again answers the request already made. */
    public StaffingStatus ask(String eventId, Integer volunteers, String skills) {
        Permissions.requireOrganiser(scope);
        Staffing volunteerModule = staffing.orElseThrow(() -> new InvalidInputException("volunteers", Text.of("events.staffing.unavailable")));
        CulturalEvent event = new Events(scope).get(eventId);
        if (event.status() == Status.CANCELLED) {
            throw new InvalidInputException("event", Text.of("events.event.is-cancelled"));
        }
        if (volunteers == null || volunteers < 1 || volunteers > 500) {
            throw new InvalidInputException("volunteers", Text.of("events.staffing.volunteers-range", 500));
        }
        StaffingStatus status = volunteerModule.request(scope.tenantCode(), new StaffingNeed(MODULE, event.id(), event.title(),
                event.place() == null ? Text.of("events.page.online").in(Text.CHINESE, getClass().getClassLoader()) : event.place(), null,
                event.startsAt(), event.endsAt(), volunteers, skills == null || skills.isBlank() ? null : skills.strip()));
        scope.audit("event.staffing", event.id(), Text.of("events.audit.staffing", event.title(), volunteers));
        return status;
    }

    /**
     * Cancels the event and, where volunteers were asked for it, withdraws that request with the same reason: the
     * volunteer module calls its shifts off and tells those who signed up. The event is cancelled first (its own
     * transaction); a volunteer module that is off by now leaves nothing to withdraw.
     */
    public CulturalEvent cancel(String eventId, Long seenVersion, String reason) {
        CulturalEvent cancelled = new Events(scope).cancel(eventId, seenVersion, reason);
        staffing.ifPresent(volunteerModule -> volunteerModule.status(scope.tenantCode(), MODULE, eventId)
                .filter(request -> !request.withdrawn())
                .ifPresent(request -> volunteerModule.withdraw(scope.tenantCode(), MODULE, eventId, cancelled.reason())));
        return cancelled;
    }

    /** How the request for the event stands, if one was made and the volunteer module is on. */
    public Optional<StaffingStatus> status(String eventId) {
        return staffing.flatMap(s -> s.status(scope.tenantCode(), MODULE, eventId));
    }
}
