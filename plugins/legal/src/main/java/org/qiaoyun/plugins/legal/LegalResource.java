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
import org.qiaoyun.plugins.legal.consultation.Consultations;
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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The work list as a spreadsheet, with the list's filters, in the language of the request (at most 10,000 matters). */
    @GET
    @Path("consultations.xlsx")
    @Produces(XLSX)
    public jakarta.ws.rs.core.Response consultationsSpreadsheet(@jakarta.ws.rs.QueryParam("mine") @jakarta.ws.rs.DefaultValue("false") boolean mine,
            @jakarta.ws.rs.QueryParam("overdue") @jakarta.ws.rs.DefaultValue("false") boolean overdue,
            @jakarta.ws.rs.QueryParam("status") String status, @jakarta.ws.rs.QueryParam("category") String category,
            @jakarta.ws.rs.QueryParam("petition") Boolean petition, @jakarta.ws.rs.QueryParam("open") Boolean open,
            @jakarta.ws.rs.HeaderParam("Accept-Language") String language) {
        Consultations.Export export = new Consultations(scope, vault).export(new Consultations.WorkSearch(mine, false, overdue,
                Inputs.choice(org.qiaoyun.plugins.legal.consultation.Status.class, status, "status"),
                Inputs.choice(org.qiaoyun.plugins.legal.consultation.Category.class, category, "category"), null, null, open, petition));
        java.util.Locale locale = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? Text.CHINESE : Text.ENGLISH;
        jakarta.ws.rs.core.StreamingOutput body = out -> MatterSheet.write(export, locale, out); // read (and refused) before the answer begins
        return jakarta.ws.rs.core.Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"consultations.xlsx\"").build();
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

    /** The federation's deadlines in working days, with the version to send back when changing them. */
    public record TermsJson(int acknowledgeDays, int answerDays, long version) {
        static TermsJson of(Deadlines.Kept kept) {
            return new TermsJson(kept.terms().acknowledgeDays(), kept.terms().answerDays(), kept.version());
        }
    }

    /** {@code PUT deadline-terms}: both terms in working days, and the version read (0 while the defaults apply). */
    public static class NewTerms {
        public Integer acknowledgeDays;
        public Integer answerDays;
        public Long version;
    }

    @GET
    @Path("deadline-terms")
    public TermsJson deadlineTerms() {
        return TermsJson.of(new Deadlines(scope).terms());
    }

    @PUT
    @Path("deadline-terms")
    public TermsJson changeDeadlineTerms(NewTerms body) {
        Inputs.body(body);
        return TermsJson.of(new Deadlines(scope).change(Deadlines.Terms.of(body.acknowledgeDays, body.answerDays), body.version));
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
        return Calendars.days(texts, field);
    }
}
