package org.qiaoyun.plugins.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.calendar.Calendars;
import org.qiaoyun.plugins.legal.calendar.HolidayNotice;
import org.qiaoyun.plugins.legal.consultation.Deadlines;

/**
 * {@code /api/v1/tenants/{code}/legal}: the entrance to the module's API, built per request for one tenant by
 * the kernel after its checks. Consultations, stations, advisers, the duty roster and education sessions have
 * their own resources; the calendar is served here. Described in {@code META-INF/openapi/legal.yaml}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalResource {

    private final TenantScope scope;
    private final IdVault vault;

    LegalResource(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    @Path("consultations")
    public ConsultationsResource consultations() {
        return new ConsultationsResource(scope, vault);
    }

    @Path("stations")
    public StationsResource stations() {
        return new StationsResource(scope);
    }

    @Path("advisers")
    public AdvisersResource advisers() {
        return new AdvisersResource(scope);
    }

    @Path("duty")
    public DutyResource duty() {
        return new DutyResource(scope);
    }

    @Path("education-sessions")
    public EducationResource educationSessions() {
        return new EducationResource(scope);
    }

    /** A year's holiday notice as the API shows it. */
    public record NoticeJson(int year, List<LocalDate> daysOff, List<LocalDate> makeUpDays) {
        static NoticeJson of(HolidayNotice n) {
            return new NoticeJson(n.year(), n.daysOff().stream().sorted().toList(), n.makeUpDays().stream().sorted().toList());
        }
    }

    /** {@code PUT calendar/{year}}: the days as ISO dates (a day twice is refused naming it). */
    public static class NewNotice {
        public List<String> daysOff;
        public List<String> makeUpDays;
        public Long version;
    }

    /** The answer to entering a year: the notice and how many open matters had their deadlines counted again. */
    public record EnteredJson(NoticeJson notice, int recounted) {
    }

    @GET
    @Path("calendar")
    public Map<Integer, NoticeJson> calendar() {
        Map<Integer, NoticeJson> years = new TreeMap<>();
        scope.transaction(em -> Calendars.notices(em)).forEach((year, notice) -> years.put(year, NoticeJson.of(notice)));
        return years;
    }

    @PUT
    @Path("calendar/{year}")
    public EnteredJson enterYear(@PathParam("year") int year, NewNotice body) {
        Inputs.body(body);
        List<LocalDate> off = dates(body.daysOff, "daysOff");
        List<LocalDate> makeUp = dates(body.makeUpDays, "makeUpDays");
        int recounted = new Deadlines(scope).enter(year, off, makeUp, body.version);
        return new EnteredJson(NoticeJson.of(HolidayNotice.of(year, off, makeUp)), recounted);
    }

    private static List<LocalDate> dates(List<String> texts, String field) {
        if (texts == null) {
            throw new InvalidInputException(field, Text.of("legal.calendar.days-required"));
        }
        if (texts.size() > 366) {
            throw new InvalidInputException(field, Text.of("legal.calendar.days-too-many"));
        }
        return texts.stream().map(text -> {
            LocalDate day = Inputs.date(text, field);
            if (day == null) {
                throw new InvalidInputException(field, Text.of("legal.calendar.day-missing"));
            }
            return day;
        }).toList();
    }
}
