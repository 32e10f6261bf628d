package org.qiaoyun.plugins.volunteers;

import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;

/**
 * {@code /api/v1/tenants/{code}/volunteers}: the entrance to the module's API, built per request for one
 * tenant by the kernel after its checks. Volunteers, activities, shifts and sign-ups have their own
 * resources, as have nominations; the leaderboard and the star thresholds are served here.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteersResource {

    private final TenantScope scope;
    private final Clock clock;

    /** Keeps ID numbers; null where the platform has no key for them. */
    private final IdVault vault;

    VolunteersResource(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
        this.clock = scope.clock();
    }

    @Path("volunteers")
    public RegistryResource volunteers() {
        return new RegistryResource(scope, vault);
    }

    @Path("activities")
    public ActivitiesResource activities() {
        return new ActivitiesResource(scope);
    }

    @Path("shifts")
    public ShiftsResource shifts() {
        return new ShiftsResource(scope);
    }

    @Path("sign-ups")
    public SignUpsResource signUps() {
        return new SignUpsResource(scope);
    }

    @Path("nominations")
    public NominationsResource nominations() {
        return new NominationsResource(scope);
    }

    /** A place on the leaderboard. */
    public record StandingJson(int rank, String volunteerId, String name, long minutesServed, int stars) {
    }

    /** The tenant's volunteers by hours served, most first. */
    @GET
    @Path("leaderboard")
    public List<StandingJson> leaderboard(@QueryParam("size") @DefaultValue("50") int size) {
        if (size < 1 || size > 200) {
            throw new InvalidInputException("size", Text.of("volunteers.request.size-must-between-1-200"));
        }
        List<Registry.Standing> standings = new Registry(scope).leaderboard(size);
        return java.util.stream.IntStream.range(0, standings.size()).mapToObj(i -> new StandingJson(i + 1,
                standings.get(i).volunteer().id(), standings.get(i).volunteer().name(), standings.get(i).minutesServed(),
                standings.get(i).stars())).toList();
    }

    /** {@code GET|PUT star-thresholds}: hours, rising, for each star, and the revision in force (0: the default ones). */
    public static class Thresholds {
        public List<Integer> hours;
        public Long version;
    }

    /** The hours at which volunteers earn each star here (the federation's own, or the default ones). */
    @GET
    @Path("star-thresholds")
    public Thresholds starThresholds() {
        Registry registry = new Registry(scope);
        Thresholds current = new Thresholds();
        current.hours = registry.starLevels().thresholdsInHours();
        current.version = registry.starRevision();
        return current;
    }

    /** The federation's admins set their own star thresholds, naming the revision they changed. */
    @PUT
    @Path("star-thresholds")
    public Thresholds setStarThresholds(Thresholds body) {
        if (Inputs.body(body).hours == null || body.hours.isEmpty() || body.hours.contains(null)) {
            throw new InvalidInputException("hours", Text.of("volunteers.request.hours-lists-thresholds-e-g"));
        }
        new Registry(scope).setStarLevels(body.hours, Inputs.version(body.version));
        return starThresholds();
    }

    /** {@code GET|PUT hours-rule}: how long after a shift's end a check-out still counts, and the revision in force (0: the default). */
    public static class HoursRuleJson {
        public Integer checkOutToleranceMinutes;
        public Long version;
    }

    /** The federation's rule for counting service time (everyone of the module reads it). */
    @GET
    @Path("hours-rule")
    public HoursRuleJson hoursRule() {
        return json(new org.qiaoyun.plugins.volunteers.shift.HoursRules(scope).current());
    }

    /** The federation's admins set the check-out tolerance (0 to 240 minutes), naming the revision they changed (409 if stale). */
    @PUT
    @Path("hours-rule")
    public HoursRuleJson setHoursRule(HoursRuleJson body) {
        if (Inputs.body(body).checkOutToleranceMinutes == null) {
            throw new InvalidInputException("checkOutToleranceMinutes", Text.of("volunteers.hours.tolerance-between"));
        }
        return json(new org.qiaoyun.plugins.volunteers.shift.HoursRules(scope).setTolerance(body.checkOutToleranceMinutes,
                Inputs.version(body.version)));
    }

    private static HoursRuleJson json(org.qiaoyun.plugins.volunteers.shift.HoursRules.Current current) {
        HoursRuleJson json = new HoursRuleJson();
        json.checkOutToleranceMinutes = current.rule().toleranceMinutes();
        json.version = current.revision();
        return json;
    }
}
