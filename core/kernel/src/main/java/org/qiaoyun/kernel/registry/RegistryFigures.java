package org.qiaoyun.kernel.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.kernel.indicator.IndicatorCatalogue;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;

/**
 * The registry's figures in the indicator table, beside the modules' (under the module id {@value #MODULE}), so
 * that the view from above rolls them up as it rolls up any module's: organisations by form and federations by
 * level, the areas due a federation and those that have one (the coverage rate is their ratio), the people
 * counted, Homes of Overseas Chinese with their five-haves score and model units, contact points and their visits,
 * and the associations of its networks at home (1+N) and abroad (1+Y).
 * <p>
 * A federation's figures count what it keeps itself, recounted for the month it is in Beijing after each change of
 * its registry (and, for visits, for the month a visit was made): its own organisation, unless it is a township or
 * village federation, which its county's area already counts (the registry counts organisations, the tenant tree
 * holds workspaces); its areas' organisations; its homes (a home's five-haves score is the assessment from above
 * where there is one, else its own); the contact points it assigned. Figures, never a person: read from above like
 * any module's.
 */
public final class RegistryFigures {

    /** The module id the registry's figures are kept and asked for under. */
    public static final String MODULE = "registry";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Recorded for every federation counted, zero or not: what {@link #refreshMissing} looks for. */
    private static final String COUNTED = "areas-due";
    private static final List<TenantLevel> COUNTED_IN_AREAS = List.of(TenantLevel.TOWNSHIP, TenantLevel.VILLAGE);
    private static final List<OrganisationForm> FORMS = Arrays.stream(OrganisationForm.values())
            .filter(f -> f != OrganisationForm.NONE).toList();

    private final Store store;
    private final Clock clock;

    public RegistryFigures(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    private static final IndicatorCatalogue.ModuleIndicators CATALOGUE =
            new IndicatorCatalogue.ModuleIndicators(MODULE, "基层组织建设", "Grassroots organisations", definitions());

    /** The registry's entry in the indicator catalogue, first of all: the kernel's own work. */
    public static IndicatorCatalogue.ModuleIndicators catalogue() {
        return CATALOGUE;
    }

    /**
     * Counts of organisations and areas are never hidden as small numbers (they name no one); the people counted
     * are, from above, as any count of people is.
     */
    static List<IndicatorDefinition> definitions() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle zh = ResourceBundle.getBundle("texts.kernel", Locale.ROOT, RegistryFigures.class.getClassLoader(), exact);
        ResourceBundle en = ResourceBundle.getBundle("texts.kernel", Locale.ENGLISH, RegistryFigures.class.getClassLoader(), exact);
        List<IndicatorDefinition.Member> forms = FORMS.stream().map(f -> new IndicatorDefinition.Member(f.wireName(),
                zh.getString("kernel.registry.form." + f.wireName()), en.getString("kernel.registry.form." + f.wireName()))).toList();
        List<IndicatorDefinition.Member> levels = Arrays.stream(TenantLevel.values()).map(l -> new IndicatorDefinition.Member(
                l.wireName(), zh.getString("kernel.level." + l.wireName()), en.getString("kernel.level." + l.wireName()))).toList();
        List<IndicatorDefinition.Member> hostings = List.of(
                new IndicatorDefinition.Member(Home.Hosting.STANDALONE.wireName(), "独立设置", "Standalone"),
                new IndicatorDefinition.Member(Home.Hosting.PARTY_MASS_CENTRE.wireName(), "依托党群服务中心", "In a party-mass service centre"));
        return List.of(
                stock("organisations", "基层组织", "Grassroots organisations", "organisation")
                        .by(new IndicatorDefinition.Breakdown("组织形式", "Form", forms)),
                stock("federations", "侨联组织", "Federations", "federation")
                        .by(new IndicatorDefinition.Breakdown("层级", "Level", levels)),
                stock("areas-due", "应建侨联的乡镇村居", "Areas due a federation", "area"),
                stock("areas-covered", "已建侨联的乡镇村居", "Areas with their federation", "area"),
                stock("coverage-gap", "覆盖缺口", "Coverage gap", "area"),
                IndicatorDefinition.ratio("coverage-rate", "组织覆盖率", "Coverage rate", "areas-covered", "areas-due").suppressedBelow(0),
                new IndicatorDefinition("people-counted", "侨情人数", "People counted", "person", Aggregation.SUM).asStock(),
                stock("homes", "侨胞之家", "Homes of Overseas Chinese", "home")
                        .by(new IndicatorDefinition.Breakdown("设置方式", "Hosting", hostings)),
                stock("five-haves-met", "五有达标项", "Five haves met", "have"),
                stock("five-haves-possible", "五有应达项", "Five haves possible", "have"),
                IndicatorDefinition.ratio("five-haves-rate", "五有达标率", "Five-haves score", "five-haves-met", "five-haves-possible")
                        .suppressedBelow(0),
                stock("model-homes", "示范单位", "Model units", "home"),
                stock("contact-points", "直接联系点", "Contact points", "point"),
                stock("associations", "联系社团", "Associations", "association")
                        .by(new IndicatorDefinition.Breakdown("网络", "Network", List.of(
                                new IndicatorDefinition.Member(Association.Scope.DOMESTIC.wireName(), "涉侨社团（1+N）", "Domestic (1+N)"),
                                new IndicatorDefinition.Member(Association.Scope.OVERSEAS.wireName(), "海外侨团（1+Y）", "Overseas (1+Y)")))),
                new IndicatorDefinition("contact-visits", "本月联系点走访", "Contact point visits this month", "visit", Aggregation.SUM)
                        .asFlow().suppressedBelow(0));
    }

    private static IndicatorDefinition stock(String code, String nameZh, String nameEn, String unit) {
        return new IndicatorDefinition(code, nameZh, nameEn, unit, Aggregation.SUM).asStock().suppressedBelow(0);
    }

    /** Recounts the federation's figures for this month (after a change of its registry), with the totals above it. */
    public void refresh(String tenantCode) {
        refresh(tenantCode, null);
    }

    /** Recounts this month's figures and also the visits of {@code visitMonth} (a visit recorded after the fact). */
    public void refresh(String tenantCode, YearMonth visitMonth) {
        YearMonth month = YearMonth.now(clock.withZone(CHINA));
        Indicators.recount(store, tenantCode, MODULE, em -> {
            List<Indicators.Recorded> values = new ArrayList<>(count(em, em.find(Tenant.class, tenantCode), month));
            if (visitMonth != null && !visitMonth.equals(month)) {
                values.add(new Indicators.Recorded("contact-visits", visitMonth, visits(em, tenantCode, visitMonth)));
            }
            // a zero where nothing was ever recorded says nothing (a quiet stock and flow read zero): leaving it out
            // keeps counting the thousands of federations of a tree applied at once cheap; areas-due is always kept,
            // the mark that the federation was counted
            java.util.Set<String> kept = new java.util.HashSet<>(em.createQuery("select distinct v.code from IndicatorValue v"
                    + " where v.tenantCode = :tenant and v.moduleId = :module", String.class)
                    .setParameter("tenant", tenantCode).setParameter("module", MODULE).getResultList());
            return values.stream().filter(v -> v.amount().signum() != 0 || kept.contains(v.code()) || v.code().equals(COUNTED))
                    .toList();
        });
    }

    /**
     * Counts the figures of every federation that has none yet: at start (federations made before the registry
     * reported figures, the demo tree) and after federations were provisioned. Returns how many it counted.
     */
    public int refreshMissing() {
        List<String> missing = store.transaction(em -> em.createQuery("select t.code from Tenant t where not exists"
                        + " (select v.tenantCode from IndicatorValue v where v.tenantCode = t.code and v.moduleId = :module)"
                        + " order by t.path", String.class)
                .setParameter("module", MODULE).getResultList());
        missing.forEach(this::refresh);
        return missing.size();
    }

    private static List<Indicators.Recorded> count(EntityManager em, Tenant tenant, YearMonth month) {
        Map<OrganisationForm, Long> forms = new EnumMap<>(OrganisationForm.class);
        Map<TenantLevel, Long> federations = new EnumMap<>(TenantLevel.class);
        if (!COUNTED_IN_AREAS.contains(tenant.level())) {
            OrganisationProfile profile = em.find(OrganisationProfile.class, tenant.code());
            OrganisationForm own = profile == null || profile.form() == OrganisationForm.NONE ? OrganisationForm.FEDERATION : profile.form();
            forms.merge(own, 1L, Long::sum);
            if (own == OrganisationForm.FEDERATION) {
                federations.merge(tenant.level(), 1L, Long::sum);
            }
        }
        long due = 0;
        long covered = 0;
        long people = 0;
        List<Object[]> areas = em.createQuery("select a.kind, a.organisation, a.people from Area a where a.tenantCode = :tenant",
                Object[].class).setParameter("tenant", tenant.code()).getResultList();
        for (Object[] area : areas) {
            AreaKind kind = (AreaKind) area[0];
            OrganisationForm form = (OrganisationForm) area[1];
            int counted = ((Number) area[2]).intValue();
            people += counted;
            AreaCoverage coverage = AreaCoverage.of(kind, counted, form);
            due += coverage == AreaCoverage.COVERED || coverage == AreaCoverage.GAP ? 1 : 0;
            covered += coverage == AreaCoverage.COVERED ? 1 : 0;
            if (form != OrganisationForm.NONE) {
                forms.merge(form, 1L, Long::sum);
            }
            if (form == OrganisationForm.FEDERATION) {
                federations.merge(kind == AreaKind.TOWNSHIP ? TenantLevel.TOWNSHIP : TenantLevel.VILLAGE, 1L, Long::sum);
            }
        }
        Map<Home.Hosting, Long> homes = new EnumMap<>(Home.Hosting.class);
        long havesMet = 0;
        long models = 0;
        for (Home home : em.createQuery("select h from Home h where h.tenantCode = :tenant", Home.class)
                .setParameter("tenant", tenant.code()).getResultList()) {
            homes.merge(home.hosting(), 1L, Long::sum);
            havesMet += home.assessedScore() != null ? home.assessedScore() : home.selfScore();
            models += home.modelStatus() == Home.ModelStatus.AWARDED ? 1 : 0;
        }
        long points = em.createQuery("select count(p) from ContactPoint p where p.tenantCode = :tenant and p.endedOn is null", Long.class)
                .setParameter("tenant", tenant.code()).getSingleResult();

        List<Indicators.Recorded> values = new ArrayList<>();
        FORMS.forEach(f -> values.add(value("organisations." + f.wireName(), month, forms.getOrDefault(f, 0L))));
        Arrays.stream(TenantLevel.values()).forEach(l -> values.add(value("federations." + l.wireName(), month, federations.getOrDefault(l, 0L))));
        values.add(value("areas-due", month, due));
        values.add(value("areas-covered", month, covered));
        values.add(value("coverage-gap", month, due - covered));
        values.add(value("people-counted", month, people));
        Arrays.stream(Home.Hosting.values()).forEach(h -> values.add(value("homes." + h.wireName(), month, homes.getOrDefault(h, 0L))));
        long homeCount = homes.values().stream().mapToLong(Long::longValue).sum();
        values.add(value("five-haves-met", month, havesMet));
        values.add(value("five-haves-possible", month, homeCount * Have.values().length));
        values.add(value("model-homes", month, models));
        values.add(value("contact-points", month, points));
        values.add(new Indicators.Recorded("contact-visits", month, visits(em, tenant.code(), month)));
        for (Association.Scope scope : Association.Scope.values()) {
            values.add(value("associations." + scope.wireName(), month, em.createQuery("select count(a) from Association a"
                    + " where a.tenantCode = :tenant and a.scope = :scope", Long.class)
                    .setParameter("tenant", tenant.code()).setParameter("scope", scope).getSingleResult()));
        }
        return values;
    }

    /** The visits to the federation's contact points made in a month (by the day of the visit). */
    private static BigDecimal visits(EntityManager em, String tenantCode, YearMonth month) {
        LocalDate first = month.atDay(1);
        return BigDecimal.valueOf(em.createQuery("select count(v) from Visit v, ContactPoint p where v.contactPointId = p.id"
                        + " and p.tenantCode = :tenant and v.day >= :first and v.day < :next", Long.class)
                .setParameter("tenant", tenantCode).setParameter("first", first).setParameter("next", month.plusMonths(1).atDay(1))
                .getSingleResult());
    }

    private static Indicators.Recorded value(String code, YearMonth month, long amount) {
        return new Indicators.Recorded(code, month, BigDecimal.valueOf(amount));
    }
}
