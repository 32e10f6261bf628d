package org.qiaoyun.plugins.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.plugins.legal.calendar.Calendars;
import org.qiaoyun.plugins.legal.calendar.WorkingCalendar;
import org.qiaoyun.plugins.legal.consultation.ConflictDecision;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Deadlines;
import org.qiaoyun.plugins.legal.consultation.MatterEvent;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A federation's own deadlines, and what happens when one passes: on real PostgreSQL, the admin sets the terms the
 * next matters are counted under, and the platform's daily work sends each missed deadline up to the centre's head,
 * once, on the matter's timeline and in the head's messages.
 */
class DeadlinesAndEscalationTest {

    /** Monday 2 November 2026, 10:00 in Beijing. */
    private static final Instant MONDAY = Instant.parse("2026-11-02T02:00:00Z");

    @Test
    void theAdminSetsTheFederationsTermsAndTheNextMattersAreCountedUnderThem() {
        TestFederation f = TestFederation.open(MONDAY);
        Deadlines admin = new Deadlines(f.admin());
        assertThat(admin.terms()).isEqualTo(new Deadlines.Kept(Deadlines.Terms.DEFAULT, 0));
        Consultation before = f.consultations("clerk", "caseworker").takeIn(f.intake("黄伯", null, null));

        assertThatThrownBy(() -> new Deadlines(f.as("head", "viewer")).change(new Deadlines.Terms(3, 15), 0L))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> Deadlines.Terms.of(0, 10)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("acknowledgeDays"));
        assertThatThrownBy(() -> Deadlines.Terms.of(2, null)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("answerDays"));
        assertThatThrownBy(() -> Deadlines.Terms.of(2, 61)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("answerDays"));
        assertThatThrownBy(() -> Deadlines.Terms.of(12, 10)).as("contact after the answer").isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("acknowledgeDays"));

        Deadlines.Kept changed = admin.change(Deadlines.Terms.of(3, 15), 0L);
        assertThat(changed.terms()).isEqualTo(new Deadlines.Terms(3, 15));
        assertThat(f.admin().hasAudited("deadlines.change", "deadlines")).isTrue();
        assertThatThrownBy(() -> admin.change(new Deadlines.Terms(1, 5), 0L)).as("a stale version")
                .isInstanceOf(StaleVersionException.class);

        Consultation after = f.consultations("clerk", "caseworker").takeIn(f.intake("伍振华", null, null));
        WorkingCalendar calendar = new Calendars(f.admin()).calendar();
        LocalDate day = LocalDate.parse("2026-11-02");
        assertThat(after.acknowledgeDue()).isEqualTo(calendar.after(day, 3).day());
        assertThat(after.answerDue()).isEqualTo(calendar.after(day, 15).day());
        Consultation unchanged = f.head().get(before.id());
        assertThat(unchanged.answerDue()).as("a matter keeps the terms it came in under")
                .isEqualTo(calendar.after(day, Deadlines.ANSWER).day());
        assertThat(unchanged.terms()).isEqualTo(Deadlines.Terms.DEFAULT);
    }

    @Test
    void eachMissedDeadlineGoesUpToTheHeadOnceByThePlatformsDailyWork() {
        TestFederation f = TestFederation.open(MONDAY);
        Consultation taken = f.consultations("clerk", "caseworker").takeIn(f.intake("黄伯", null, null));
        Consultation checked = f.head().checkConflicts(taken.id(), taken.version(), ConflictDecision.CLEAR, null);
        Consultation assigned = f.head().assign(taken.id(), checked.version(), f.a().id());
        LocalDate acknowledgeDue = assigned.acknowledgeDue();

        TestTenantScope onTheDay = platformOn(f, acknowledgeDue);
        new LegalDailyWork(() -> TestFederation.VAULT).run(onTheDay);
        assertThat(onTheDay.told()).as("due today is not late").isEmpty();

        TestTenantScope dayAfter = platformOn(f, acknowledgeDue.plusDays(1));
        new LegalDailyWork(() -> TestFederation.VAULT).run(dayAfter);
        assertThat(dayAfter.told()).singleElement().satisfies(told -> {
            assertThat(told.recipient()).isEqualTo("head");
            assertThat(told.kind()).isEqualTo("legal.matter-overdue");
            assertThat(told.arguments()).as("no name leaves the platform by email").noneMatch(a -> a.toString().contains("黄伯"));
        });
        assertThat(dayAfter.hasAudited("consultation.escalate", taken.id())).isTrue();
        assertThat(dayAfter.recorded()).containsKey("overdue");
        List<MatterEvent> timeline = f.head().timeline(taken.id());
        assertThat(timeline.get(timeline.size() - 1).action()).isEqualTo("escalate");
        assertThat(timeline.get(timeline.size() - 1).by()).isEqualTo("system");

        TestTenantScope twoDaysAfter = platformOn(f, acknowledgeDue.plusDays(2));
        new LegalDailyWork(() -> TestFederation.VAULT).run(twoDaysAfter);
        assertThat(twoDaysAfter.told()).as("the same deadline goes up once").isEmpty();

        // the adviser makes contact late; the answer's deadline, missed in its turn, goes up again
        Consultations adviser = new Consultations(f.as("adv-a", Permissions.ADVISER).at(clockOn(acknowledgeDue.plusDays(2))),
                TestFederation.VAULT);
        Consultation acknowledged = adviser.acknowledge(taken.id(), assigned.version(), "已电话联系");
        TestTenantScope afterAnswerDue = platformOn(f, acknowledged.answerDue().plusDays(1));
        new LegalDailyWork(() -> TestFederation.VAULT).run(afterAnswerDue);
        assertThat(afterAnswerDue.told()).hasSize(1);
        assertThat(f.head().timeline(taken.id())).filteredOn(e -> e.action().equals("escalate")).hasSize(2);
    }

    @Test
    void aClosedOrTimelyMatterIsNeverEscalated() {
        TestFederation f = TestFederation.open(MONDAY);
        f.consultations("clerk", "caseworker").takeIn(f.intake("黄伯", null, null));
        TestTenantScope sameWeek = platformOn(f, LocalDate.parse("2026-11-03"));
        new LegalDailyWork(() -> TestFederation.VAULT).run(sameWeek);
        assertThat(sameWeek.told()).isEmpty();
        assertThat(sameWeek.audited()).noneMatch(line -> line.startsWith("consultation.escalate"));
    }

    /** The platform's own scope in the federation at 09:00 Beijing time on {@code day}. */
    private static TestTenantScope platformOn(TestFederation f, LocalDate day) {
        return f.as("system", "admin").at(clockOn(day));
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(1, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
