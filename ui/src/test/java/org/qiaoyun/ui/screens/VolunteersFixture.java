package org.qiaoyun.ui.screens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * Volunteers, activities, shifts and sign-ups made in 台山 the way the volunteer module makes them, for
 * the screens to show. The module's classes live in its plugin, so they are reached through the plugin's
 * class loader; the work runs as 台山's organiser.
 */
final class VolunteersFixture {

    static final String TAISHAN = "gd-jiangmen-taishan";
    static final CallerIdentity ORGANISER = new CallerIdentity("taishan-organiser", TAISHAN,
            "/cn/gd/gd-jiangmen/gd-jiangmen-taishan/", Set.of(Role.ORGANISER));

    private final Kernel kernel;

    VolunteersFixture(Kernel kernel) {
        this.kernel = kernel;
    }

    Class<?> type(String name) throws ClassNotFoundException {
        return kernel.resources().resource(TAISHAN, "volunteers").getClass().getClassLoader()
                .loadClass("org.qiaoyun.plugins.volunteers." + name);
    }

    /** The organiser's access to the module's data in 台山, as the kernel hands it out. */
    TenantScope organiser() {
        return Caller.as(ORGANISER, () -> kernel.contextOf("volunteers").tenant(TAISHAN));
    }

    /** Runs work as the organiser (the screen thread's bound caller may be someone else). */
    static Object asOrganiser(Callable<Object> work) {
        return Caller.as(ORGANISER, () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String property(Object object, String name) throws ReflectiveOperationException {
        return String.valueOf(object.getClass().getMethod(name).invoke(object));
    }

    /** A volunteer record for a platform account; {@code approved} as an organiser registers, else pending. */
    Object volunteer(String username, String name, boolean approved) throws Exception {
        Object volunteer = type("volunteer.Volunteer").getMethod("register", String.class, String.class, String.class, String.class,
                String.class, String.class, String.class, boolean.class, java.time.Instant.class)
                .invoke(null, username, name, null, null, "台山话", null, null, approved, organiser().clock().instant());
        TenantScope organiser = organiser();
        asOrganiser(() -> organiser.transaction(em -> {
            em.persist(volunteer);
            return null;
        }));
        return volunteer;
    }

    /** An organiser approves the volunteer record of a platform account. */
    void approve(String username) throws Exception {
        Object registry = type("volunteer.Registry").getConstructor(TenantScope.class).newInstance(organiser());
        Object volunteer = ((java.util.Optional<?>) asOrganiser(() -> registry.getClass().getMethod("volunteerOf", String.class)
                .invoke(registry, username))).orElseThrow();
        asOrganiser(() -> registry.getClass().getMethod("approve", String.class).invoke(registry, property(volunteer, "id")));
    }

    /** A shift of a new activity in 台城街道, planned a day before {@code start} (so it may have begun by now). */
    Object shift(String title, Instant start, Duration length, int places, String skills, boolean needsApproval) throws Exception {
        Clock planning = Clock.fixed(start.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC);
        TenantScope organiser = organiser();
        Object activities = type("activity.Activities").getConstructor(TenantScope.class).newInstance(new ScopeAtTime(organiser, planning));
        Object activity = asOrganiser(() -> activities.getClass().getMethod("create", String.class, String.class, String.class,
                String.class).invoke(activities, title, null, "台城", "台城街道"));
        Class<?> draftType = type("shift.Shift$Draft");
        Object draft = draftType.getConstructor(String.class, Instant.class, Instant.class, int.class, String.class, Instant.class,
                boolean.class).newInstance(null, start, start.plus(length), places, skills, start, needsApproval);
        Object rosters = rosters(planning);
        return asOrganiser(() -> rosters.getClass().getMethod("plan", String.class, draftType)
                .invoke(rosters, property(activity, "id"), draft));
    }

    /** The organiser signs a volunteer up (as of the shift's planning, so that begun shifts take sign-ups too). */
    Object signUp(Object shift, Object volunteer) throws Exception {
        Instant start = (Instant) shift.getClass().getMethod("startsAt").invoke(shift);
        Object rosters = rosters(Clock.fixed(start.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC));
        return asOrganiser(() -> rosters.getClass().getMethod("signUp", String.class, String.class)
                .invoke(rosters, property(shift, "id"), property(volunteer, "id")));
    }

    private Object rosters(Clock clock) throws Exception {
        return type("shift.Rosters").getConstructor(TenantScope.class).newInstance(new ScopeAtTime(organiser(), clock));
    }

    /** The sign-up the last {@link #enterHours} made. */
    Object enterHoursResult;

    /** The organiser enters hours afterwards (补录) for a volunteer on a shift that has ended. */
    Object enterHours(Object shift, Object volunteer, int minutes, String reason) throws Exception {
        Object rosters = type("shift.Rosters").getConstructor(TenantScope.class).newInstance(organiser());
        enterHoursResult = asOrganiser(() -> rosters.getClass().getMethod("enterAfterwards", String.class, String.class, int.class,
                String.class).invoke(rosters, property(shift, "id"), property(volunteer, "id"), minutes, reason));
        return enterHoursResult;
    }
}
