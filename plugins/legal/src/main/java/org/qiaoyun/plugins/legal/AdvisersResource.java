package org.qiaoyun.plugins.legal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.consultation.AssignmentDesk;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.Network;

/** {@code .../legal/advisers}: the federation's advisers, and their loads for the assignment desk. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdvisersResource {

    private final TenantScope scope;
    private final Network network;

    AdvisersResource(TenantScope scope) {
        this.scope = scope;
        this.network = new Network(scope);
    }

    /** An adviser as the API shows them. */
    public record AdviserJson(String id, String username, String name, String firm, String licenceNumber, List<String> specialities,
                              List<String> languages, Set<String> stationIds, boolean active, long version) {
        static AdviserJson of(Adviser a) {
            return new AdviserJson(a.id(), a.username().orElse(null), a.name(), a.firm(), a.licenceNumber(),
                    a.specialities().stream().map(Inputs::lower).toList(), a.languages(), a.stationIds(), a.active(), a.version());
        }
    }

    /** {@code POST advisers} and {@code PUT advisers/{id}}: {@code username} empty for an external lawyer. */
    public static class AdviserBody {
        public String username;
        public String name;
        public String firm;
        public String licenceNumber;
        public List<String> specialities;
        public List<String> languages;
        public List<String> stationIds;
        public Long version;

        Adviser.Profile profile() {
            Set<Category> known = specialities == null ? Set.of() : specialities.stream()
                    .map(s -> Inputs.choice(Category.class, s, "specialities")).filter(s -> s != null)
                    .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Category.class)));
            return new Adviser.Profile(username, name, firm, licenceNumber, known, languages,
                    stationIds == null ? Set.of() : new java.util.TreeSet<>(stationIds));
        }
    }

    /** {@code POST advisers/{id}/retire}. */
    public static class VersionBody {
        public Long version;
    }

    @GET
    public Page<AdviserJson> list(@QueryParam("station") String station, @QueryParam("speciality") String speciality,
                                  @QueryParam("language") String language, @QueryParam("search") String search,
                                  @QueryParam("active") Boolean active, @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        Network.AdviserSearch filter = new Network.AdviserSearch(station, Inputs.choice(Category.class, speciality, "speciality"), language,
                search, active);
        return network.advisers(filter, page, size).map(AdviserJson::of);
    }

    @POST
    public Response add(AdviserBody body) {
        Inputs.body(body);
        return Response.status(Response.Status.CREATED).entity(AdviserJson.of(network.addAdviser(body.profile()))).build();
    }

    /** Open matters per adviser: the assignment desk's figures (heads and admins). */
    @GET
    @Path("loads")
    public Map<String, Long> loads() {
        return new TreeMap<>(new AssignmentDesk(scope).loads());
    }

    @GET
    @Path("{id}")
    public AdviserJson adviser(@PathParam("id") String id) {
        return AdviserJson.of(network.adviser(id));
    }

    @PUT
    @Path("{id}")
    public AdviserJson describe(@PathParam("id") String id, AdviserBody body) {
        Inputs.body(body);
        return AdviserJson.of(network.describeAdviser(id, Inputs.version(body.version), body.profile()));
    }

    @POST
    @Path("{id}/retire")
    public AdviserJson retire(@PathParam("id") String id, VersionBody body) {
        Inputs.body(body);
        return AdviserJson.of(network.retireAdviser(id, Inputs.version(body.version)));
    }
}
