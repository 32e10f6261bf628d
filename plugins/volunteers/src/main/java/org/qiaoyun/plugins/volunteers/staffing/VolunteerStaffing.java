package org.qiaoyun.plugins.volunteers.staffing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.staffing.Staffing;
import org.qiaoyun.api.staffing.StaffingNeed;
import org.qiaoyun.api.staffing.StaffingStatus;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.VolunteerIndicators;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;

/**
 * The volunteer module's answer to another module's request for volunteers: an activity of its own that
 * names the other module's activity, with one shift for the time and places asked. From then on it is an
 * activity like any other: volunteers find it and sign up, organisers keep its roster here.
 */
public final class VolunteerStaffing implements Staffing {

    private final Function<String, TenantScope> tenants;

    /**
     * @param tenants the module's access to a tenant by code (the kernel's context checks that the module is
     *                enabled there)
     */
    public VolunteerStaffing(Function<String, TenantScope> tenants) {
        this.tenants = tenants;
    }

    @Override
    public StaffingStatus request(String tenantCode, StaffingNeed need) {
        if (need == null) {
            throw new InvalidInputException(null, Text.of("volunteers.staffing.staffing-request-says-what-needed"));
        }
        TenantScope scope = tenants.apply(tenantCode);
        Permissions.requireOrganiser(scope);
        Optional<Activity> asked = find(scope, need.module(), need.reference());
        if (asked.isPresent()) {
            return status(scope, asked.get());
        }
        Activity activity = Activity.forModule(need.module(), need.reference(), need.title(), need.place(), need.district(),
                Permissions.caller(scope), scope.clock().instant());
        Shift.Draft draft = new Shift.Draft(null, need.startsAt(), need.endsAt(), need.volunteers(), need.skills(), null);
        // activity and shift in one transaction: a refused shift leaves no activity behind
        scope.transaction(em -> {
            em.persist(activity);
            Shift shift = Shift.plan(activity, draft);
            em.persist(shift);
            scope.audit("staffing.request", activity.id(), org.qiaoyun.api.Text.of("volunteers.audit.staffing", need.module(),
                    need.reference(), need.volunteers(), activity.title()));
            return shift;
        });
        VolunteerIndicators.refresh(scope, VolunteerIndicators.monthOf(need.startsAt()));
        return status(scope, activity);
    }

    @Override
    public Optional<StaffingStatus> status(String tenantCode, String module, String reference) {
        TenantScope scope = tenants.apply(tenantCode);
        return find(scope, module, reference).map(activity -> status(scope, activity));
    }

    @Override
    public StaffingStatus withdraw(String tenantCode, String module, String reference, String reason) {
        TenantScope scope = tenants.apply(tenantCode);
        Activity activity = find(scope, module, reference)
                .orElseThrow(() -> new UnknownObjectException(Text.of("volunteers.staffing-request.unknown", module + "/" + reference)));
        Rosters rosters = new Rosters(scope);
        return status(rosters, rosters.cancelActivity(activity.id(), reason));
    }

    private static Optional<Activity> find(TenantScope scope, String module, String reference) {
        return scope.transaction(em -> em.createQuery("select a from Activity a where a.sourceModule = :module"
                        + " and a.sourceReference = :reference", Activity.class)
                .setParameter("module", module).setParameter("reference", reference).getResultStream().findFirst());
    }

    private StaffingStatus status(TenantScope scope, Activity activity) {
        return status(new Rosters(scope), activity);
    }

    private static StaffingStatus status(Rosters rosters, Activity activity) {
        List<Shift> shifts = rosters.shiftsOf(activity.id()).stream().filter(s -> s.status() == Shift.Status.OPEN).toList();
        int needed = shifts.stream().mapToInt(Shift::capacity).sum();
        Map<SignUp.Status, Long> tally = rosters.tally(shifts.stream().map(Shift::id).toList());
        long waiting = tally.getOrDefault(SignUp.Status.WAITING, 0L);
        long confirmed = tally.getOrDefault(SignUp.Status.CONFIRMED, 0L);
        return new StaffingStatus(activity.sourceModule(), activity.sourceReference(), activity.id(), needed, (int) confirmed,
                (int) waiting, activity.status() == Activity.Status.CANCELLED);
    }
}
