package org.qiaoyun.plugins.volunteers.activity;

import java.time.Clock;


import org.qiaoyun.api.Filter;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.Permissions;

/**
 * The activities a federation organises with volunteers: organisers create and describe them; everyone
 * with the module finds them. Cancelling an activity cancels its rosters too, so it lives in
 * {@code Rosters.cancelActivity}.
 */
public final class Activities {

    private final TenantScope scope;
    private final Clock clock;

    public Activities(TenantScope scope) {
        this.scope = scope;
        this.clock = scope.clock();
    }

    /** Looking for activities: words of the title, the district, whether cancelled ones are shown. */
    public record Search(String text, String district, boolean withCancelled) {

        public static final Search ALL_OPEN = new Search(null, null, false);
    }

    public Activity create(String title, String description, String place, String district) {
        Permissions.requireOrganiser(scope);
        Activity activity = Activity.create(title, description, place, district, Permissions.caller(scope), clock.instant());
        return scope.transaction(em -> {
            em.persist(activity);
            scope.audit("activity.create", activity.id(), activity.title());
            return activity;
        });
    }

    /**
     * Changes an activity as the organiser saw it: if someone changed it in between, the change is
     * refused rather than silently overwriting theirs. A new title is shown on its shifts at once.
     */
    public Activity describe(String id, long seenVersion, String title, String description, String place, String district) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Activity activity = find(em, id);
            if (activity.version() != seenVersion) {
                throw new StaleVersionException();
            }
            activity.describe(title, description, place, district);
            em.createQuery("update Shift s set s.activity = :title where s.activityId = :id")
                    .setParameter("title", activity.title()).setParameter("id", id).executeUpdate();
            scope.audit("activity.describe", id, activity.title());
            return activity;
        });
    }

    public Activity activity(String id) {
        return scope.transaction(em -> find(em, id));
    }

    /** Activities, newest first, a page at a time. */
    public Page<Activity> find(Search search, int page, int size) {
        return scope.transaction(em -> new Filter("Activity a")
                .where("a.status = :open", "open", search.withCancelled() ? null : Activity.Status.OPEN)
                .contains("a.title", "text", search.text())
                .where("a.district = :district", "district", search.district())
                .page(em, Activity.class, "a.createdAt desc, a.id", page, size));
    }

    private static Activity find(jakarta.persistence.EntityManager em, String id) {
        Activity activity = id == null ? null : em.find(Activity.class, id);
        if (activity == null) {
            throw new UnknownObjectException(Text.of("volunteers.activity.unknown", id));
        }
        return activity;
    }
}
