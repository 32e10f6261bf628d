package org.qiaoyun.kernel.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.indicator.MonthRange;
import org.qiaoyun.kernel.indicator.RollUp;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * {@code /api/v1/tenants/{code}/indicators}: the view from above. The modules' indicators over a federation's
 * subtree for a range of months, in total, by child or by month; read by the federation's admins and viewers and
 * by those above. Figures only: a small figure seen from above is marked suppressed and carries no value.
 */
@Path("v1/tenants/{code}/indicators")
@Tag(name = "indicators", description = "Roll-ups of the monthly indicators of the modules and of the grassroots registry over a federation's subtree: totals, by child, by month")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

    /** A figure: {@code value}, or {@code suppressed} with no value (fewer than {@code below}), or neither (no ratio). */
    public record CellJson(String child, String childZh, String childEn, String month, BigDecimal value, Boolean suppressed,
                           Integer below) {

        static CellJson of(RollUp.Cell cell, int threshold, String child, String childZh, String childEn, String month) {
            return new CellJson(child, childZh, childEn, month, cell.value(), cell.suppressed() ? Boolean.TRUE : null,
                    cell.suppressed() ? threshold : null);
        }
    }

    /** One indicator, or one member of its breakdown ({@code member} and its names then set). */
    public record IndicatorJson(String module, String code, String nameZh, String nameEn, String member, String memberZh,
                                String memberEn, String unit, String aggregation, String kind, int suppressBelow, CellJson total,
                                List<CellJson> values) {
    }

    /** The roll-up. */
    public record RollUpJson(String code, String nameZh, String nameEn, String from, String to, String by, List<IndicatorJson> indicators) {
    }

    @Inject
    Kernel kernel;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "getIndicators", summary = "The modules' indicators over the subtree: a flow summed over the months,"
            + " a stock at the last month (carried into quiet months), a ratio of the sums; in total, by child or by month")
    public RollUpJson indicators(
            @Parameter(description = "first month, e.g. 2026-01 (default: eleven months before to)") @QueryParam("from") String from,
            @Parameter(description = "last month, e.g. 2026-12 (default: this month in China); at most 60 months") @QueryParam("to") String to,
            @Parameter(description = "only this module's indicators; registry: the kernel's own figures of the grassroots registry") @QueryParam("module") String module,
            @Parameter(description = "only this indicator") @QueryParam("indicator") String indicator,
            @Parameter(description = "child: a figure per child (and the federation's own); month: a figure per month") @QueryParam("by") String by) {
        String split = by == null || by.isBlank() ? null : by.trim().toLowerCase(Locale.ROOT);
        if (split != null && !split.equals("child") && !split.equals("month")) {
            throw new InvalidInputException("by", Text.of("kernel.indicators.unknown-by", by));
        }
        Indicators indicators = kernel.indicators();
        MonthRange range = MonthRange.parse(from, to, indicators.currentMonth());
        RollUp rollUp = indicators.rollUp(new Indicators.Question(code, range, blankToNull(module), blankToNull(indicator)));
        Map<String, Tenant> rows = new java.util.HashMap<>();
        rows.put(rollUp.tenant().code(), rollUp.tenant());
        rollUp.children().forEach(c -> rows.put(c.code(), c));
        List<IndicatorJson> figures = new ArrayList<>();
        for (RollUp.Figure figure : rollUp.figures()) {
            IndicatorDefinition d = figure.definition();
            int threshold = d.suppressBelow();
            List<CellJson> values = null;
            if ("child".equals(split)) {
                values = new ArrayList<>();
                for (Map.Entry<String, RollUp.Cell> child : figure.children().entrySet()) {
                    Tenant t = rows.get(child.getKey());
                    values.add(CellJson.of(child.getValue(), threshold, t.code(), t.names().zh(), t.names().en(), null));
                }
            } else if ("month".equals(split)) {
                values = new ArrayList<>();
                List<java.time.YearMonth> months = range.months();
                for (int i = 0; i < months.size(); i++) {
                    values.add(CellJson.of(figure.months().get(i), threshold, null, null, null, months.get(i).toString()));
                }
            }
            IndicatorDefinition.Member member = figure.member();
            figures.add(new IndicatorJson(figure.moduleId(), d.code(), d.nameZh(), d.nameEn(), member == null ? null : member.code(),
                    member == null ? null : member.nameZh(), member == null ? null : member.nameEn(), d.unit(),
                    d.aggregation().name().toLowerCase(Locale.ROOT), d.kind().name().toLowerCase(Locale.ROOT), threshold,
                    CellJson.of(figure.total(), threshold, null, null, null, null), values));
        }
        Tenant tenant = rollUp.tenant();
        return new RollUpJson(tenant.code(), tenant.names().zh(), tenant.names().en(), range.from().toString(), range.to().toString(),
                split, figures);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
