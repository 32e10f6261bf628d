package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.campaign.CampaignKind;
import org.qiaoyun.plugins.aid.fund.FundSource;

/**
 * The figures aid tracking reports up the tree, recomputed for the current month after every change:
 * open cases by aid type, beneficiaries by vulnerability tag, yuan disbursed this month by fund
 * source (less the payments reversed this month), and the estimated yuan of goods handed over this month
 * by aid type (aid in kind, counted apart from cash), and the households visited this month by campaign kind. Parents read them as roll-ups; they never see the people behind them.
 */
public final class AidIndicators {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private AidIndicators() {
    }

    /**
     * Five indicators, each broken down by a dimension whose members keep the codes recorded so far
     * ({@code open-cases.medical_aid}...): open cases and beneficiaries are stocks (a quiet month keeps the last
     * count), goods and cash handed over are flows (a quiet month is zero). Amounts of money are never hidden as
     * small numbers; counts of cases and people are, from above.
     */
    public static List<IndicatorDefinition> definitions() {
        return List.of(
                new IndicatorDefinition("open-cases", "在办个案", "Open cases", "case", Aggregation.SUM).asStock()
                        .by(breakdown("帮扶类型", "Aid type", AidType.values())),
                new IndicatorDefinition("beneficiaries", "帮扶对象", "Beneficiaries", "person", Aggregation.SUM).asStock()
                        .by(breakdown("困难情形", "Vulnerability", VulnerabilityTag.values())),
                new IndicatorDefinition("in-kind", "本月实物帮扶（估值）", "Aid in kind this month (estimated)", "yuan", Aggregation.SUM)
                        .asFlow().by(breakdown("帮扶类型", "Aid type", AidType.values())).suppressedBelow(0),
                new IndicatorDefinition("disbursed", "本月发放", "Disbursed this month", "yuan", Aggregation.SUM)
                        .asFlow().by(breakdown("资金来源", "Fund source", FundSource.values())).suppressedBelow(0),
                new IndicatorDefinition("campaign-visits", "本月活动走访", "Campaign visits this month", "household", Aggregation.SUM)
                        .asFlow().by(breakdown("活动类型", "Campaign kind", CampaignKind.values())));
    }

    /** The members of a breakdown, one per constant, labelled as the screens label them. */
    private static IndicatorDefinition.Breakdown breakdown(String nameZh, String nameEn, Enum<?>[] constants) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ClassLoader loader = AidIndicators.class.getClassLoader();
        ResourceBundle zh = ResourceBundle.getBundle("org.qiaoyun.plugins.aid.ui.texts", Locale.ROOT, loader, exact);
        ResourceBundle en = ResourceBundle.getBundle("org.qiaoyun.plugins.aid.ui.texts", Locale.ENGLISH, loader, exact);
        List<IndicatorDefinition.Member> members = new ArrayList<>();
        for (Enum<?> constant : constants) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            members.add(new IndicatorDefinition.Member(constant.name().toLowerCase(Locale.ROOT), zh.getString(key), en.getString(key)));
        }
        return new IndicatorDefinition.Breakdown(nameZh, nameEn, members);
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

    static String campaignVisits(CampaignKind kind) {
        return "campaign-visits." + kind.name().toLowerCase(Locale.ROOT);
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
                // and the goods campaigns handed over this month, as the kind of aid their campaign's kind is
                List<CampaignKind> kinds = java.util.Arrays.stream(CampaignKind.values()).filter(k -> k.aidType() == type).toList();
                if (!kinds.isEmpty()) {
                    value += sum(em.createQuery("select sum(h.goodsValueFen) from Household h, Campaign c where h.campaignId = c.id"
                                    + " and c.kind in :kinds and h.outcome = :handed and h.visitedAt >= :start and h.visitedAt < :end", Long.class)
                            .setParameter("kinds", kinds).setParameter("handed", org.qiaoyun.plugins.aid.campaign.Household.Outcome.HANDED_OVER)
                            .setParameter("start", start).setParameter("end", end).getSingleResult());
                }
                rows.add(new Object[] {inKind(type), BigDecimal.valueOf(value, 2)});
            }
            for (FundSource source : FundSource.values()) {
                // payments of the month (of cases and campaigns), less the payments reversed in it
                long paid = sum(em.createQuery("select sum(e.amountFen) from FundEntry e where e.kind = :kind and e.source = :source"
                                + " and e.at >= :start and e.at < :end", Long.class)
                        .setParameter("kind", FundEntry.Kind.DISBURSEMENT).setParameter("source", source.name())
                        .setParameter("start", start).setParameter("end", end).getSingleResult());
                long reversed = sum(em.createQuery("select sum(e.amountFen) from FundEntry e, FundEntry o where e.kind = :kind"
                                + " and e.source = :source and o.id = e.reverses and o.kind = :paid and e.at >= :start and e.at < :end",
                                Long.class)
                        .setParameter("kind", FundEntry.Kind.REVERSAL).setParameter("source", source.name())
                        .setParameter("paid", FundEntry.Kind.DISBURSEMENT)
                        .setParameter("start", start).setParameter("end", end).getSingleResult());
                rows.add(new Object[] {disbursed(source), BigDecimal.valueOf(paid - reversed, 2)});
            }
            for (CampaignKind kind : CampaignKind.values()) {
                // households visited this month in campaigns of the kind, whether they were handed anything or not
                rows.add(new Object[] {campaignVisits(kind), BigDecimal.valueOf(em.createQuery("select count(h) from Household h, Campaign c"
                                + " where c.id = h.campaignId and c.kind = :kind and h.visitedAt >= :start and h.visitedAt < :end", Long.class)
                        .setParameter("kind", kind).setParameter("start", start).setParameter("end", end).getSingleResult())});
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
