package org.qiaoyun.plugins.legal;

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
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.plugins.legal.network.Station;
import org.qiaoyun.plugins.legal.network.StationKind;

/** {@code .../legal/stations}: the centres, stations and points of the federation's network. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationsResource {

    private final Network network;

    StationsResource(TenantScope scope) {
        this.network = new Network(scope);
    }

    /** A place of the network as the API shows it. */
    public record StationJson(String id, String kind, String name, String place, String openingHours, String contact, String centreId,
                              String head, long version) {
        static StationJson of(Station s) {
            return new StationJson(s.id(), Inputs.lower(s.kind()), s.name(), s.place(), s.openingHours(), s.contact(), s.centreId(),
                    s.head(), s.version());
        }
    }

    /** {@code POST stations} (a centre names its head, a station or point its centre) and {@code PUT stations/{id}}. */
    public static class StationBody {
        public String kind;
        public String name;
        public String place;
        public String openingHours;
        public String contact;
        public String centreId;
        public String head;
        public Long version;

        Station.Details details() {
            return new Station.Details(name, place, openingHours, contact);
        }
    }

    @GET
    public Page<StationJson> list(@QueryParam("kind") String kind, @QueryParam("search") String search,
                                  @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return network.stations(Inputs.choice(StationKind.class, kind, "kind"), search, page, size).map(StationJson::of);
    }

    @POST
    public Response open(StationBody body) {
        Inputs.body(body);
        StationKind kind = Inputs.choice(StationKind.class, body.kind, "kind");
        if (kind == null) {
            throw new InvalidInputException("kind", Text.of("legal.station.kind-required"));
        }
        Station opened = kind == StationKind.CENTRE ? network.openCentre(body.details(), body.head)
                : network.openStation(kind, body.centreId, body.details());
        return Response.status(Response.Status.CREATED).entity(StationJson.of(opened)).build();
    }

    @GET
    @Path("{id}")
    public StationJson station(@PathParam("id") String id) {
        return StationJson.of(network.station(id));
    }

    @PUT
    @Path("{id}")
    public StationJson describe(@PathParam("id") String id, StationBody body) {
        Inputs.body(body);
        return StationJson.of(network.describe(id, Inputs.version(body.version), body.details(), body.head));
    }
}
