package org.qiaoyun.kernel.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.NotVisibleException;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * Records indicator values and rolls them up over a subtree of the tenant tree: the view from above. A roll-up
 * reads only the indicator table, never a module's tables; it is read by a federation's admins and viewers, of
 * their home and below, and hides small figures from those above ({@link Suppression}).
 */
public class Indicators {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Store kernel;
    private final IndicatorCatalogue catalogue;
    private final Clock clock;

    public Indicators(Store kernel, IndicatorCatalogue catalogue, Clock clock) {
        this.kernel = kernel;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Sets the month's value for a tenant, replacing an earlier one, with the totals of the tenant's ancestors
     * ({@link IndicatorTotals}). Runs in the caller's transaction.
     */
    public static void record(EntityManager em, String tenantCode, String tenantPath, String moduleId, String code,
                              YearMonth period, BigDecimal amount) {
        IndicatorTotals.record(em, tenantCode, tenantPath, moduleId, List.of(new IndicatorTotals.Entry(code, period, amount)));
    }

    /**
     * Sets several month values of one module for a tenant, each in a transaction of its own that is tried again
     * when a write of the same moment collided with it.
     */
    public static void record(Store kernel, String tenantCode, String tenantPath, String moduleId, List<Recorded> values) {
        List<IndicatorTotals.Entry> entries = values.stream()
                .map(v -> new IndicatorTotals.Entry(v.code(), v.period(), v.amount())).toList();
        IndicatorTotals.retried(() -> kernel.transaction(em -> {
            IndicatorTotals.record(em, tenantCode, tenantPath, moduleId, entries);
            return null;
        }));
    }

    /**
     * Counts a federation's values of one module and records them in one transaction, tried again as a whole when
     * a write of the same moment collided with it: for the kernel's own figures, which count what the federation
     * keeps right before they are written.
     */
    public static void recount(Store kernel, String tenantCode, String moduleId,
                               java.util.function.Function<EntityManager, List<Recorded>> count) {
        IndicatorTotals.retried(() -> kernel.transaction(em -> {
            Tenant tenant = em.find(Tenant.class, tenantCode);
            if (tenant == null) {
                throw new UnknownTenantException(tenantCode);
            }
            List<IndicatorTotals.Entry> entries = count.apply(em).stream()
                    .map(v -> new IndicatorTotals.Entry(v.code(), v.period(), v.amount())).toList();
            IndicatorTotals.record(em, tenant.code(), tenant.path(), moduleId, entries);
            return null;
        }));
    }

    /** Computes the totals kept per ancestor afresh from the values: the platform itself only. */
    public void refillTotals() {
        Access.requireSystem();
        kernel.transaction(em -> {
            IndicatorTotals.refill(em);
            return null;
        });
    }

    /** A value a module recorded: indicator code, month and amount. */
    public record Recorded(String code, YearMonth period, BigDecimal amount) {
    }

    /** The month it is in China by the platform's clock: where a dashboard's range ends unless told otherwise. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(CHINA));
    }

    /** The modules whose indicators can be rolled up. */
    public List<IndicatorCatalogue.ModuleIndicators> catalogue() {
        return catalogue.modules();
    }

    /** What to roll up: a federation, months, and optionally one module and one of its indicators. */
    public record Question(String tenantCode, MonthRange range, String moduleId, String indicatorCode) {

        public Question(String tenantCode, MonthRange range) {
            this(tenantCode, range, null, null);
        }
    }

    /**
     * The federation's indicators over its subtree, by month and by child, as the caller may see them. Refuses a
     * module that reports no indicators ({@code module}) and an indicator it does not declare ({@code indicator}).
     */
    public RollUp rollUp(Question question) {
        List<IndicatorCatalogue.ModuleIndicators> modules = chosen(question);
        return kernel.transaction(em -> {
            Access.caller();
            Tenant tenant = em.find(Tenant.class, question.tenantCode());
            if (tenant == null) {
                throw new NotVisibleException(question.tenantCode());
            }
            CallerIdentity caller = Access.requireFiguresOf(tenant);
            Suppression suppression = new Suppression(caller.homeTenant());
            List<Tenant> children = em.createQuery("select t from Tenant t where t.parentCode = :code order by t.code", Tenant.class)
                    .setParameter("code", tenant.code()).getResultList();
            List<RollUp.Figure> figures = new ArrayList<>();
            for (IndicatorCatalogue.ModuleIndicators module : modules) {
                List<IndicatorDefinition> wanted = module.definitions().stream()
                        .filter(d -> question.indicatorCode() == null || d.code().equals(question.indicatorCode())).toList();
                if (wanted.isEmpty()) {
                    continue;
                }
                SubtreeFigures truth = new SubtreeFigures(em, tenant, children, question.range(), module.moduleId(),
                        module.definitions(), wanted);
                for (IndicatorDefinition definition : wanted) {
                    List<IndicatorDefinition.Member> parts = new ArrayList<>();
                    parts.add(null);
                    if (definition.breakdown() != null) {
                        parts.addAll(definition.breakdown().members());
                    }
                    List<RollUp.Figure> trueParts = new ArrayList<>();
                    List<RollUp.Figure> shownParts = new ArrayList<>();
                    for (IndicatorDefinition.Member member : parts) {
                        RollUp.Figure figure = truth.figure(definition, member);
                        Suppression.Raw bases = Suppression.Raw.of(definition.kind() == IndicatorDefinition.Kind.RATIO
                                ? truth.whole(module.find(definition.ratio().denominator()).orElseThrow()) : figure);
                        trueParts.add(figure);
                        shownParts.add(suppression.apply(figure, tenant.code(), bases));
                    }
                    figures.addAll(Suppression.acrossMembers(shownParts, trueParts));
                }
            }
            return new RollUp(tenant, question.range(), children, figures);
        });
    }

    private List<IndicatorCatalogue.ModuleIndicators> chosen(Question question) {
        List<IndicatorCatalogue.ModuleIndicators> modules = catalogue.modules();
        if (question.moduleId() != null) {
            modules = modules.stream().filter(m -> m.moduleId().equals(question.moduleId())).toList();
            if (modules.isEmpty()) {
                throw new InvalidInputException("module", Text.of("kernel.indicators.unknown-module", question.moduleId()));
            }
        }
        if (question.indicatorCode() != null
                && modules.stream().noneMatch(m -> m.find(question.indicatorCode()).isPresent())) {
            throw new InvalidInputException("indicator", Text.of("kernel.indicators.unknown-indicator", question.indicatorCode()));
        }
        return modules;
    }

    /** The indicator over the tenant and all its descendants for a month; zero when nothing was recorded. */
    public BigDecimal rollUp(String rootCode, String moduleId, String code, YearMonth period, Aggregation aggregation) {
        return kernel.transaction(em -> {
            Tenant root = em.find(Tenant.class, rootCode);
            if (root == null) {
                throw new UnknownTenantException(rootCode);
            }
            org.qiaoyun.kernel.access.Access.requireFiguresOf(root); // figures, still only for those who read them
            String function = switch (aggregation) {
                case SUM -> "sum";
                case MAX -> "max";
                case MIN -> "min";
            };
            BigDecimal result = em.createQuery("select " + function + "(v.amount) from IndicatorValue v"
                            + " where v.moduleId = :module and v.code = :code and v.period = :period"
                            + " and v.tenantPath like :path", BigDecimal.class)
                    .setParameter("module", moduleId)
                    .setParameter("code", code)
                    .setParameter("period", period.toString())
                    .setParameter("path", root.path() + "%")
                    .getSingleResult();
            return result == null ? BigDecimal.ZERO : result;
        });
    }
}
