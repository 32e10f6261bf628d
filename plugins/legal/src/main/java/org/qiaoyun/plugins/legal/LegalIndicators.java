package org.qiaoyun.plugins.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.Destination;
import org.qiaoyun.plugins.legal.consultation.Status;

/**
 * The figures legal services report up the tree, counted again for the current month after every change, in
 * its transaction: consultations opened and closed by category, open petitions, answered and answered within the deadline (a
 * roll-up divides the two sums for the share: a share itself does not add up), open and overdue matters,
 * referrals by destination, education sessions and their attendance. Parents read these, never the matters.
 */
public final class LegalIndicators {

    static final String ANSWERED = "answered";
    static final String ANSWERED_IN_TIME = "answered-in-time";
    static final String OPEN = "open";
    static final String OVERDUE = "overdue";
    static final String PETITIONS_OPEN = "petitions-open";
    static final String SESSIONS = "education-sessions";
    static final String ATTENDANCE = "education-attendance";

    private LegalIndicators() {
    }

    public static List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> all = new ArrayList<>();
        // by category and by destination: one indicator each with a breakdown, so that a dashboard shows one figure
        // and splits it, instead of a figure per category; values are recorded as "opened.<category>" as before
        IndicatorDefinition.Breakdown categories = breakdown("咨询类别", "Category", Category.values(), "legal.category.");
        all.add(new IndicatorDefinition("opened", "本月受理咨询", "Consultations opened this month", "consultation", Aggregation.SUM)
                .by(categories));
        all.add(new IndicatorDefinition("closed", "本月办结咨询", "Consultations closed this month", "consultation", Aggregation.SUM)
                .by(categories));
        all.add(new IndicatorDefinition(ANSWERED, "本月答复咨询", "Consultations answered this month", "consultation", Aggregation.SUM));
        all.add(new IndicatorDefinition(ANSWERED_IN_TIME, "本月按期答复咨询", "Consultations answered within the deadline this month",
                "consultation", Aggregation.SUM));
        all.add(new IndicatorDefinition(OPEN, "在办咨询", "Open consultations", "consultation", Aggregation.SUM));
        all.add(new IndicatorDefinition(OVERDUE, "逾期咨询", "Overdue consultations", "consultation", Aggregation.SUM));
        all.add(new IndicatorDefinition(PETITIONS_OPEN, "在办信访维权", "Open petitions and rights cases", "case", Aggregation.SUM));
        all.add(new IndicatorDefinition("referred", "本月转介", "Referrals this month", "referral", Aggregation.SUM)
                .by(breakdown("转介去向", "Destination", Destination.values(), "legal.destination.")));
        all.add(new IndicatorDefinition(SESSIONS, "本月普法活动", "Legal education sessions this month", "session", Aggregation.SUM));
        all.add(new IndicatorDefinition(ATTENDANCE, "本月普法受众人次", "Legal education attendance this month", "person", Aggregation.SUM));
        return all;
    }

    static String opened(Category category) {
        return "opened." + key(category);
    }

    static String closed(Category category) {
        return "closed." + key(category);
    }

    static String referred(Destination destination) {
        return "referred." + key(destination);
    }

    /** A dimension whose members are the values of an enumeration, named from the module's texts (one source for screens and figures). */
    private static IndicatorDefinition.Breakdown breakdown(String nameZh, String nameEn, Enum<?>[] values, String textPrefix) {
        List<IndicatorDefinition.Member> members = new ArrayList<>();
        for (Enum<?> value : values) {
            org.qiaoyun.api.Text name = org.qiaoyun.api.Text.of(textPrefix + value);
            members.add(new IndicatorDefinition.Member(key(value), name.in(org.qiaoyun.api.Text.CHINESE, LegalIndicators.class.getClassLoader()),
                    name.in(org.qiaoyun.api.Text.ENGLISH, LegalIndicators.class.getClassLoader())));
        }
        return new IndicatorDefinition.Breakdown(nameZh, nameEn, members);
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Counts the tenant's figures for this month again (call inside the change's transaction). */
    public static void refresh(TenantScope scope) {
        YearMonth month = ChinaTime.month(scope);
        LocalDate today = ChinaTime.today(scope);
        Map<String, BigDecimal> figures = scope.transaction(em -> count(em, month, today));
        figures.forEach((code, value) -> scope.record(code, month, value));
    }

    static Map<String, BigDecimal> count(EntityManager em, YearMonth month, LocalDate today) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<String, BigDecimal> figures = new HashMap<>();
        for (Category category : Category.values()) {
            figures.put(opened(category), BigDecimal.ZERO);
            figures.put(closed(category), BigDecimal.ZERO);
        }
        for (Destination destination : Destination.values()) {
            figures.put(referred(destination), BigDecimal.ZERO);
        }
        byGroup(em, "select c.category, count(c) from Consultation c where c.receivedOn between :from and :to group by c.category", from, to)
                .forEach((category, n) -> figures.put(opened((Category) category), n));
        byGroup(em, "select c.category, count(c) from Consultation c where c.closedOn between :from and :to group by c.category", from, to)
                .forEach((category, n) -> figures.put(closed((Category) category), n));
        byGroup(em, "select c.destination, count(c) from Consultation c where c.closedOn between :from and :to"
                + " and c.destination is not null group by c.destination", from, to)
                .forEach((destination, n) -> figures.put(referred((Destination) destination), n));
        figures.put(ANSWERED, single(em.createQuery("select count(c) from Consultation c where c.answeredOn between :from and :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult()));
        figures.put(ANSWERED_IN_TIME, single(em.createQuery("select count(c) from Consultation c where c.answeredOn between :from and :to"
                + " and c.answeredInTime = true", Long.class).setParameter("from", from).setParameter("to", to).getSingleResult()));
        figures.put(OPEN, single(em.createQuery("select count(c) from Consultation c where c.status <> :closed", Long.class)
                .setParameter("closed", Status.CLOSED).getSingleResult()));
        figures.put(PETITIONS_OPEN, single(em.createQuery("select count(c) from Consultation c where c.petition = true and c.status <> :closed",
                Long.class).setParameter("closed", Status.CLOSED).getSingleResult()));
        figures.put(OVERDUE, single(em.createQuery("select count(c) from Consultation c where c.nextDue < :today", Long.class)
                .setParameter("today", today).getSingleResult()));
        Object[] sessions = em.createQuery("select count(s), sum(s.attendance) from EducationSession s where s.heldOn between :from and :to",
                Object[].class).setParameter("from", from).setParameter("to", to).getSingleResult();
        figures.put(SESSIONS, single((Number) sessions[0]));
        figures.put(ATTENDANCE, single((Number) sessions[1]));
        return figures;
    }

    private static Map<Object, BigDecimal> byGroup(EntityManager em, String jpql, LocalDate from, LocalDate to) {
        Map<Object, BigDecimal> counts = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> counts.put(row[0], single((Number) row[1])));
        return counts;
    }

    private static BigDecimal single(Number n) {
        return n == null ? BigDecimal.ZERO : BigDecimal.valueOf(n.longValue());
    }
}
