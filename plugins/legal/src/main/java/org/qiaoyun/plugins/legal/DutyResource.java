package org.qiaoyun.plugins.legal;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.network.DutyShift;
import org.qiaoyun.plugins.legal.network.Network;

/** {@code .../legal/duty}: the duty roster (值班), by day and station. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutyResource {

    private final Network network;

    DutyResource(TenantScope scope) {
        this.network = new Network(scope);
    }

    /** A line of the roster. */
    public record DutyJson(String id, String stationId, LocalDate day, String adviserId) {
        static DutyJson of(DutyShift d) {
            return new DutyJson(d.id(), d.stationId(), d.day(), d.adviserId());
        }
    }

    /** {@code POST duty}. */
    public static class DutyBody {
        public String stationId;
        public String day;
        public String adviserId;
    }

    @GET
    public List<DutyJson> roster(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("station") String station) {
        return network.roster(Inputs.date(from, "from"), Inputs.date(to, "to"), station).stream().map(DutyJson::of).toList();
    }

    @POST
    public Response putOnDuty(DutyBody body) {
        Inputs.body(body);
        DutyShift shift = network.putOnDuty(body.stationId, Inputs.date(body.day, "day"), body.adviserId);
        return Response.status(Response.Status.CREATED).entity(DutyJson.of(shift)).build();
    }

    @DELETE
    @Path("{id}")
    public Response takeOffDuty(@PathParam("id") String id) {
        network.takeOffDuty(id);
        return Response.noContent().build();
    }
}
