package org.qiaoyun.kernel.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
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
                    f.smaller(), f.rate().isPresent() ? Math.round(f.rate().getAsDouble() * 10_000) / 10_000.0 : null);
        }
    }

    /** A child's figures (or the federation's own areas, under its own code). */
    public record RowJson(String code, String nameZh, String nameEn, String level, FiguresJson figures) {
    }

    /** The report. */
    public record CoverageJson(String code, FiguresJson total, List<RowJson> rows) {
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
        return new CoverageJson(report.tenant().code(), FiguresJson.of(report.total()), report.rows().stream()
                .map(r -> new RowJson(r.tenant().code(), r.tenant().names().zh(), r.tenant().names().en(), r.tenant().level().wireName(),
                        FiguresJson.of(r.figures())))
                .toList());
    }
}
