package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.FundSource;

/**
 * The figures aid tracking reports up the tree, recomputed for the current month after every change:
 * open cases by aid type, beneficiaries by vulnerability tag, yuan disbursed this month by fund
 * source (less the payments reversed this month), and the estimated yuan of goods handed over this month
 * by aid type (aid in kind, counted apart from cash). Parents read them as roll-ups; they never see the people behind them.
 */
public final class AidIndicators {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private AidIndicators() {
    }

    public static List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> all = new ArrayList<>();
        for (AidType type : AidType.values()) {
            all.add(new IndicatorDefinition(openCases(type), "在办个案：" + type.name(), "Open cases: " + type.name(), "case", Aggregation.SUM));
        }
        for (VulnerabilityTag tag : VulnerabilityTag.values()) {
            all.add(new IndicatorDefinition(beneficiaries(tag), "帮扶对象：" + tag.name(), "Beneficiaries: " + tag.name(), "person",
                    Aggregation.SUM));
        }
        for (AidType type : AidType.values()) {
            all.add(new IndicatorDefinition(inKind(type), "本月实物帮扶（估值）：" + type.name(), "Aid in kind this month (estimated): "
                    + type.name(), "yuan", Aggregation.SUM));
        }
        for (FundSource source : FundSource.values()) {
            all.add(new IndicatorDefinition(disbursed(source), "本月发放：" + source.name(), "Disbursed this month: " + source.name(),
                    "yuan", Aggregation.SUM));
        }
        return all;
    }

    static String openCases(AidType type) {
        return "open-cases." + type.name().toLowerCase(Locale.ROOT);
    }

    static String beneficiaries(VulnerabilityTag tag) {
        return "beneficiaries." + tag.name().toLowerCase(Locale.ROOT);
    }

    static String inKind(AidType type) {
        return "in-kind." + type.name().toLowerCase(Locale.ROOT);
    }

    static String disbursed(FundSource source) {
        return "disbursed." + source.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Makes a change and recounts the figures in the same transaction: the count sees the change, and the
     * values are written in one batch once the request is done (see {@link TenantScope#record}).
     */
    public static <T> T afterChange(TenantScope scope, java.util.function.Supplier<T> change) {
        return scope.transaction(em -> {
            T changed = change.get();
            refresh(scope);
            return changed;
        });
    }

    /** Recounts the tenant's figures for this month. */
    public static void refresh(TenantScope scope) {
        YearMonth month = YearMonth.now(scope.clock().withZone(CHINA));
        var start = month.atDay(1).atStartOfDay(CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        var end = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        List<Object[]> figures = scope.transaction(em -> {
            List<Object[]> rows = new ArrayList<>();
            for (AidType type : AidType.values()) {
                rows.add(new Object[] {openCases(type), BigDecimal.valueOf(em.createQuery(
                        "select count(c) from AidCase c where c.type = :type and c.status not in :closed", Long.class)
                        .setParameter("type", type).setParameter("closed", CaseStatus.ENDED)
                        .getSingleResult())});
            }
            for (VulnerabilityTag tag : VulnerabilityTag.values()) {
                rows.add(new Object[] {beneficiaries(tag), BigDecimal.valueOf(em.createQuery(
                        "select count(b) from Beneficiary b where b.tags like :tag", Long.class)
                        .setParameter("tag", "%" + tag.name() + "%").getSingleResult())});
            }
            for (AidType type : AidType.values()) {
                // goods handed over this month, at their estimated value: apart from the cash paid from funds
                long value = sum(em.createQuery("select sum(c.goods.valueFen) from AidCase c where c.type = :type"
                                + " and c.goods.deliveredAt >= :start and c.goods.deliveredAt < :end", Long.class)
                        .setParameter("type", type).setParameter("start", start).setParameter("end", end).getSingleResult());
                rows.add(new Object[] {inKind(type), BigDecimal.valueOf(value, 2)});
            }
            for (FundSource source : FundSource.values()) {
                // payments of the month, less the payments reversed in it (a reversal of a payment names its case)
                long paid = sum(em.createQuery("select sum(e.amountFen) from FundEntry e where e.kind = :kind and e.source = :source"
                                + " and e.at >= :start and e.at < :end", Long.class)
                        .setParameter("kind", FundEntry.Kind.DISBURSEMENT).setParameter("source", source.name())
                        .setParameter("start", start).setParameter("end", end).getSingleResult());
                long reversed = sum(em.createQuery("select sum(e.amountFen) from FundEntry e where e.kind = :kind and e.source = :source"
                                + " and e.caseId is not null and e.at >= :start and e.at < :end", Long.class)
                        .setParameter("kind", FundEntry.Kind.REVERSAL).setParameter("source", source.name())
                        .setParameter("start", start).setParameter("end", end).getSingleResult());
                rows.add(new Object[] {disbursed(source), BigDecimal.valueOf(paid - reversed, 2)});
            }
            return rows;
        });
        figures.forEach(f -> scope.record((String) f[0], month, (BigDecimal) f[1]));
    }

    private static long sum(Long fen) {
        return fen == null ? 0 : fen;
    }

    /** Today in China by the scope's clock, for rules about dates. */
    public static LocalDate today(TenantScope scope) {
        return LocalDate.now(scope.clock().withZone(CHINA));
    }
}
