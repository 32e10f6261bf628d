package org.qiaoyun.plugins.volunteers.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.plugins.volunteers.VolunteersDatabase;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.volunteer.Insurance;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.StarLevels;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.testing.TestTenantScope;

/**
 * Hours that hold up (志愿服务记录与证明出具办法: true and accurate): service counts from the shift's start to the
 * check-out, capped at the end plus the federation's tolerance; hours entered afterwards need a reason; a
 * no-show counts nothing and stays on the record; retired volunteers sign up no more; risky shifts take
 * insured volunteers only; weekly shifts are planned in one step. On a real PostgreSQL.
 */
class HoursThatHoldUpTest {

    private static final Instant NOW = VolunteersDatabase.NOW;

    private static Rosters at(TestTenantScope scope, Instant moment) {
        return new Rosters(scope.at(Clock.fixed(moment, ZoneOffset.UTC)));
    }

    @Test
    void serviceCountsFromTheStartAndNeverPastTheEndAndItsTolerance() {
        ServiceTime rule = ServiceTime.DEFAULT;
        Instant start = NOW;
        Instant end = NOW.plus(Duration.ofHours(3));
        assertThat(rule.minutes(start, end, start.minus(Duration.ofMinutes(30)), end)).as("an early check-in is not service").isEqualTo(180);
        assertThat(rule.minutes(start, end, start.plus(Duration.ofMinutes(10)), end)).isEqualTo(170);
        assertThat(rule.minutes(start, end, start, end.plus(Duration.ofMinutes(20)))).as("overrun within the tolerance").isEqualTo(200);
        assertThat(rule.minutes(start, end, start, end.plus(Duration.ofHours(20)))).as("a check-out the next day").isEqualTo(210);
        assertThat(ServiceTime.ofMinutes(0).minutes(start, end, start, end.plus(Duration.ofHours(20)))).isEqualTo(180);
        assertThat(rule.minutes(start, end, end.plus(Duration.ofHours(1)), end.plus(Duration.ofHours(2)))).isZero();
        assertThatThrownBy(() -> ServiceTime.ofMinutes(-1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("checkOutToleranceMinutes");
        assertThatThrownBy(() -> ServiceTime.ofMinutes(241)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCheckOutTheNextDayCountsTheShiftAndTheFederationsToleranceOnly() {
        TestTenantScope organiser = scope("hours-xinhui", "organiser", "organiser");
        String person = VolunteersDatabase.volunteers(organiser, 1).get(0);
        Instant start = NOW.plus(Duration.ofDays(1));
        Shift shift = RostersTest.shift(new Rosters(organiser), organiser, start, 5);
        SignUp mine = new Rosters(organiser).signUp(shift.id(), person);
        at(organiser, start.minus(Duration.ofMinutes(30))).checkIn(mine.id(), shift.checkInCode());
        SignUp done = at(organiser, start.plus(Duration.ofHours(24))).checkOut(mine.id());
        assertThat(done.minutes()).as("4 hours and the default 30 minutes, not 24.5 hours").isEqualTo(270);

        TestTenantScope admin = organiser.as("admin", "admin");
        HoursRules rules = new HoursRules(admin);
        assertThat(rules.current().rule().toleranceMinutes()).isEqualTo(30);
        assertThat(rules.current().revision()).isZero();
        assertThatThrownBy(() -> new HoursRules(organiser).setTolerance(10, 0)).isInstanceOf(PermissionDeniedException.class);
        HoursRules.Current set = rules.setTolerance(0, 0);
        assertThat(set.revision()).isPositive();
        assertThatThrownBy(() -> rules.setTolerance(15, 0)).as("made on the default the other admin changed").isInstanceOf(StaleVersionException.class);
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("hours.rule volunteers check-out tolerance set to 0 min"));

        Shift next = RostersTest.shift(new Rosters(organiser), organiser, start.plus(Duration.ofDays(2)), 5);
        SignUp again = new Rosters(organiser).signUp(next.id(), person);
        at(organiser, next.startsAt()).checkIn(again.id(), next.checkInCode());
        assertThat(at(organiser, next.endsAt().plus(Duration.ofMinutes(25))).checkOut(again.id()).minutes())
                .as("no tolerance now").isEqualTo(240);
    }

    @Test
    void organisersEnterHoursAfterwardsWithAReasonOnTheLedgerAndTheAudit() {
        TestTenantScope organiser = scope("hours-jiangcheng", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 2);
        Instant start = NOW.minus(Duration.ofDays(3));
        Shift shift = RostersTest.shift(at(organiser, start.minus(Duration.ofDays(1))), organiser, start, 1);
        SignUp signed = at(organiser, start.minus(Duration.ofDays(1))).signUp(shift.id(), people.get(0));
        Rosters rosters = new Rosters(organiser);

        assertThatThrownBy(() -> rosters.enterAfterwards(shift.id(), people.get(1), 180, " "))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> rosters.enterAfterwards(shift.id(), people.get(1), 180, null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> rosters.enterAfterwards(shift.id(), people.get(0), 180, "纸质签到表"))
                .as("someone on the roster is corrected instead").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> at(organiser, start.plus(Duration.ofHours(1))).enterAfterwards(shift.id(), people.get(1), 60, "现场参加"))
                .as("not before the shift has ended").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> new Rosters(organiser.as("v", "volunteer")).enterAfterwards(shift.id(), people.get(1), 60, "现场参加"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> rosters.enterAfterwards(shift.id(), people.get(1), 24 * 60, "现场参加"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("minutes");

        SignUp walkIn = rosters.enterAfterwards(shift.id(), people.get(1), 180, "现场临时参加，依纸质签到表补录");
        assertThat(walkIn.status()).as("beyond the one place: they were there").isEqualTo(SignUp.Status.CONFIRMED);
        assertThat(walkIn.enteredAfterwards()).isTrue();
        assertThat(new Registry(organiser).minutesServed(people.get(1))).isEqualTo(180);
        java.time.YearMonth month = org.qiaoyun.plugins.volunteers.VolunteerIndicators.monthOf(start);
        assertThat(organiser.recorded(month).get("places-filled")).as("a walk-in filled no planned place").isEqualByComparingTo("1");
        assertThat(organiser.recorded(month).get("hours-served")).as("but their hours count").isEqualByComparingTo("3");
        Rosters.Served line = rosters.ledger(people.get(1)).get(0);
        assertThat(line.signUp().correctionReason()).isEqualTo("现场临时参加，依纸质签到表补录");
        assertThat(organiser.audited()).anyMatch(entry -> entry.startsWith("hours.enter-afterwards " + walkIn.id())
                && entry.contains("180 min") && entry.contains("依纸质签到表补录"));
        assertThat(rosters.correct(signed.id(), 200, "依纸质签到表").minutes()).as("the signed-up one: corrected").isEqualTo(200);
    }

    @Test
    void aNoShowCountsNothingAndStaysOnTheRecord() {
        TestTenantScope organiser = scope("hours-duanfen", "organiser", "organiser");
        String person = VolunteersDatabase.volunteers(organiser, 1).get(0);
        Instant start = NOW.plus(Duration.ofHours(2));
        Shift shift = RostersTest.shift(new Rosters(organiser), organiser, start, 3);
        SignUp signed = new Rosters(organiser).signUp(shift.id(), person);
        assertThatThrownBy(() -> new Rosters(organiser).noShow(signed.id())).as("not before the start").isInstanceOf(ConflictException.class);
        Rosters during = at(organiser, start.plus(Duration.ofMinutes(45)));
        SignUp missed = during.noShow(signed.id());
        assertThat(missed.status()).isEqualTo(SignUp.Status.NO_SHOW);
        assertThat(missed.actions()).containsExactly(SignUpAction.CORRECT);
        assertThatThrownBy(() -> during.noShow(signed.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> during.checkInAsOrganiser(signed.id())).isInstanceOf(ConflictException.class);
        assertThat(new Registry(organiser).minutesServed(person)).isZero();
        assertThat(organiser.recorded(org.qiaoyun.plugins.volunteers.VolunteerIndicators.monthOf(start)).get("places-filled"))
                .as("a no-show left the place empty").isEqualByComparingTo("0");
        assertThat(during.ledger(person)).singleElement().satisfies(line -> {
            assertThat(line.signUp().status()).isEqualTo(SignUp.Status.NO_SHOW);
            assertThat(line.signUp().minutes()).isNull();
        });
        assertThat(organiser.hasAudited("sign-up.no-show", signed.id())).isTrue();
        SignUp cameAfterAll = at(organiser, start.plus(Duration.ofHours(5))).correct(signed.id(), 120, "迟到两小时，实际到场");
        assertThat(cameAfterAll.status()).isEqualTo(SignUp.Status.CONFIRMED);
        assertThat(new Registry(organiser).minutesServed(person)).isEqualTo(120);
    }

    @Test
    void aRetiredVolunteerSignsUpNoMoreGivesUpPlacesToComeAndKeepsTheirHistory() {
        TestTenantScope organiser = scope("hours-shuibu", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 2);
        Rosters rosters = new Rosters(organiser);
        Shift full = RostersTest.shift(rosters, organiser, NOW.plus(Duration.ofDays(3)), 1);
        rosters.signUp(full.id(), people.get(0));
        SignUp waiting = rosters.signUp(full.id(), people.get(1));
        Retirements retirements = new Retirements(organiser);
        long version = new Registry(organiser).volunteer(people.get(0)).version();

        assertThatThrownBy(() -> retirements.retire(people.get(0), " ", version)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> retirements.retire(people.get(0), "搬家", version + 1)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> new Retirements(organiser.as("v", "volunteer")).retire(people.get(0), "搬家", version))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(retirements.retire(people.get(0), "迁居外地", version)).isEqualTo(1);
        Volunteer retired = new Registry(organiser).volunteer(people.get(0));
        assertThat(retired.status()).isEqualTo(Volunteer.Status.RETIRED);
        assertThat(retired.statusReason()).isEqualTo("迁居外地");
        assertThat(rosters.roster(full.id())).singleElement().satisfies(s -> {
            assertThat(s.id()).as("the first in line moved up").isEqualTo(waiting.id());
            assertThat(s.status()).isEqualTo(SignUp.Status.CONFIRMED);
        });
        Shift later = RostersTest.shift(rosters, organiser, NOW.plus(Duration.ofDays(5)), 3);
        assertThatThrownBy(() -> rosters.signUp(later.id(), people.get(0))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("retired");
        assertThatThrownBy(() -> retirements.retire(people.get(0), "again", retired.version())).isInstanceOf(ConflictException.class);
        assertThat(organiser.audited()).anyMatch(line -> line.startsWith("volunteer.retire " + people.get(0) + " retired, reason: 迁居外地"));

        Volunteer back = retirements.reactivate(people.get(0), "回到本地", retired.version());
        assertThat(back.status()).isEqualTo(Volunteer.Status.APPROVED);
        assertThat(rosters.signUp(later.id(), people.get(0)).status()).isEqualTo(SignUp.Status.CONFIRMED);
        assertThatThrownBy(() -> retirements.reactivate(people.get(0), "again", back.version())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aShiftThatNeedsInsuranceTakesOnlyVolunteersInsuredOnItsDay() {
        TestTenantScope organiser = scope("hours-chixi", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 2);
        Activity rescue = new Activities(organiser).create("防汛抢险", null, "潭江堤围", null);
        Instant start = NOW.plus(Duration.ofDays(10));
        Rosters rosters = new Rosters(organiser);
        Shift risky = rosters.plan(rescue.id(), new Shift.Draft(null, start, start.plus(Duration.ofHours(4)), 5, null, null, false, true));
        assertThat(risky.needsInsurance()).isTrue();
        assertThatThrownBy(() -> rosters.signUp(risky.id(), people.get(0))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("insurance").extracting("field").isEqualTo("volunteerId");

        Registry registry = new Registry(organiser);
        assertThatThrownBy(() -> new Insurance("中国人寿", "P-1", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("validUntil");
        assertThatThrownBy(() -> new Insurance(" ", "P-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .extracting("field").isEqualTo("insurer");
        long v0 = registry.volunteer(people.get(0)).version();
        registry.insure(people.get(0), new Insurance("中国人寿", "2026-GD-0001", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), v0);
        long v1 = registry.volunteer(people.get(1)).version();
        registry.insure(people.get(1), new Insurance("中国平安", "PA-77", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30)), v1);
        assertThatThrownBy(() -> registry.insure(people.get(1), null, v1)).isInstanceOf(StaleVersionException.class);
        assertThat(rosters.signUp(risky.id(), people.get(0)).status()).isEqualTo(SignUp.Status.CONFIRMED);
        assertThatThrownBy(() -> rosters.signUp(risky.id(), people.get(1))).as("the policy ended before the day")
                .isInstanceOf(InvalidInputException.class);
        assertThat(organiser.audited()).anyMatch(line -> line.startsWith("volunteer.insure " + people.get(0) + " insurance recorded: 中国人寿"));
    }

    @Test
    void aWeeklyShiftIsPlannedForNWeeksInOneStepEachItsOwnRecord() {
        TestTenantScope organiser = scope("hours-baisha", "organiser", "organiser");
        Activity visits = new Activities(organiser).create("探访孤寡归侨", null, "白沙镇", null);
        Instant start = NOW.plus(Duration.ofDays(2));
        Shift.Draft first = new Shift.Draft(null, start, start.plus(Duration.ofHours(2)), 3, null, null);
        Rosters rosters = new Rosters(organiser);
        assertThatThrownBy(() -> rosters.planWeekly(visits.id(), first, 0)).extracting("field").isEqualTo("weeks");
        assertThatThrownBy(() -> rosters.planWeekly(visits.id(), first, Rosters.MAX_WEEKS + 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rosters.planWeekly(visits.id(), new Shift.Draft(null, start, start, 3, null, null), 4))
                .as("all or none").extracting("field").isEqualTo("endsAt");
        assertThat(rosters.shiftsOf(visits.id())).isEmpty();

        List<Shift> weekly = rosters.planWeekly(visits.id(), first, 4);
        assertThat(weekly).hasSize(4);
        assertThat(weekly).extracting(Shift::startsAt).containsExactly(start, start.plus(Duration.ofDays(7)),
                start.plus(Duration.ofDays(14)), start.plus(Duration.ofDays(21)));
        assertThat(weekly).extracting(Shift::id).doesNotHaveDuplicates();
        assertThat(rosters.shiftsOf(visits.id())).hasSize(4);
        rosters.cancelShift(weekly.get(1).id(), "台风停课");
        assertThat(rosters.shift(weekly.get(2).id()).status()).as("each week stands alone").isEqualTo(Shift.Status.OPEN);
        assertThat(organiser.audited()).anyMatch(line -> line.startsWith("shift.plan-weekly " + visits.id()));
    }

    @Test
    void theVolunteerSeesHowManyHoursAreLeftToTheNextStar() {
        assertThat(StarLevels.DEFAULT.minutesToNextStar(0)).hasValue(100 * 60);
        assertThat(StarLevels.DEFAULT.minutesToNextStar(99 * 60 + 30)).hasValue(30);
        assertThat(StarLevels.DEFAULT.minutesToNextStar(100 * 60)).hasValue(200 * 60);
        assertThat(StarLevels.DEFAULT.minutesToNextStar(1_500 * 60)).isEmpty();
    }
}
