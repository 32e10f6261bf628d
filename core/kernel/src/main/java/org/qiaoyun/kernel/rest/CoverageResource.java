package org.qiaoyun.kernel.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.CoverageProgress;
import org.qiaoyun.kernel.registry.CoverageReport;
import org.qiaoyun.kernel.registry.Figures;

/**
 * {@code /api/v1/tenants/{code}/coverage}: the coverage report of a federation's subtree, in total and by child
 * (a city's counties, a province's cities). Figures only.
 */
@Path("v1/tenants/{code}/coverage")
@Tag(name = "coverage", description = "The grassroots registry: how many areas due a federation have one, by subtree and child")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    /** The figures of some areas; {@code rate} is covered over due, absent where nothing is due. */
    public record FiguresJson(long areas, long townships, long villages, long people, long due, long covered, long gap,
                              long smaller, Double rate) {

        static FiguresJson of(Figures f) {
            return new FiguresJson(f.areas(), f.townships(), f.areas() - f.townships(), f.people(), f.due(), f.covered(), f.gap(),
                    f.smaller(), rounded(f.rate()));
        }
    }

    /** The areas covered by the end of a year, and the rate (absent where nothing is due). */
    public record YearJson(int year, long covered, Double rate) {
    }

    /**
     * Progress toward the target year: {@code met} is whether every area due had its federation by the end of the
     * target year (absent where nothing is due); {@code years} from 2019 to the later of the target year and this year.
     */
    public record ProgressJson(int targetYear, long due, Boolean met, List<YearJson> years) {

        static ProgressJson of(CoverageProgress p) {
            return new ProgressJson(p.targetYear(), p.due(), p.met().orElse(null), p.years().stream()
                    .map(y -> new YearJson(y.year(), y.covered(), rounded(y.rate()))).toList());
        }
    }

    /** A child's figures (or the federation's own areas, under its own code). */
    public record RowJson(String code, String nameZh, String nameEn, String level, FiguresJson figures, ProgressJson progress) {
    }

    /** The report. */
    public record CoverageJson(String code, FiguresJson total, ProgressJson progress, List<RowJson> rows) {
    }

    /** {@code PUT target}: a province's target year. */
    public static class TargetBody {
        public Integer targetYear;
    }

    /** The target year now in force. */
    public record TargetJson(String code, int targetYear) {
    }

    @Inject
    Kernel kernel;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "getCoverage", summary = "Coverage of the subtree: areas, people counted, federations due and existing, the gap,"
            + " in total and by child")
    public CoverageJson coverage() {
        CoverageReport.Coverage report = kernel.coverage().of(code);
        return new CoverageJson(report.tenant().code(), FiguresJson.of(report.total()), ProgressJson.of(report.progress()),
                report.rows().stream().map(r -> new RowJson(r.tenant().code(), r.tenant().names().zh(), r.tenant().names().en(),
                        r.tenant().level().wireName(), FiguresJson.of(r.figures()), ProgressJson.of(r.progress()))).toList());
    }

    @PUT
    @Path("target")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCoverageTarget", summary = "A province's target year for complete coverage (2024 where none is set),"
            + " for its whole subtree; its admins and those above")
    public TargetJson target(TargetBody body) {
        if (body == null || body.targetYear == null) {
            throw new InvalidRequestException("targetYear", "kernel.registry.target-body");
        }
        return new TargetJson(code, kernel.coverage().setTargetYear(code, body.targetYear));
    }

    static Double rounded(java.util.OptionalDouble rate) {
        return rate.isPresent() ? Math.round(rate.getAsDouble() * 10_000) / 10_000.0 : null;
    }
}
