package org.qiaoyun.plugins.volunteers.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.VolunteersDatabase;
import org.qiaoyun.testing.TestTenantScope;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.StarLevels;

/** Shifts, sign-ups and hours on a real PostgreSQL, with a thousand volunteers signing up at once. */
class RostersTest {

    private static final Instant NOW = VolunteersDatabase.NOW;

    private static List<String> volunteers(TestTenantScope scope, int count) {
        return VolunteersDatabase.volunteers(scope, count);
    }

    /** A four-hour shift of a new activity. */
    static Shift shift(Rosters rosters, TenantScope organiser, Instant start, int capacity) {
        Activity activity = new Activities(organiser).create("侨乡文化节", null, "台山市文化广场", "台城街道");
        return rosters.plan(activity.id(), new Shift.Draft(null, start, start.plus(Duration.ofHours(4)), capacity, null, null));
    }

    /** What a sign-up allows is declared once (SignUpAction): the screens offer it, and the verbs refuse the rest. */
    @Test
    void whatASignUpAllowsIsDeclaredOnceAndTheVerbsRefuseTheRest() {
        TestTenantScope organiser = scope("zhongshan", "organiser", "organiser");
        Rosters rosters = new Rosters(organiser);
        List<String> people = volunteers(organiser, 2);
        Shift shift = shift(rosters, organiser, NOW.plus(Duration.ofDays(2)), 1);
        SignUp placed = rosters.signUp(shift.id(), people.get(0));
        SignUp waiting = rosters.signUp(shift.id(), people.get(1));
        assertThat(placed.actions()).containsExactlyInAnyOrder(SignUpAction.CANCEL, SignUpAction.CHECK_IN, SignUpAction.CORRECT,
                SignUpAction.NO_SHOW);
        assertThat(waiting.actions()).containsExactlyInAnyOrder(SignUpAction.CANCEL, SignUpAction.DECLINE);
        assertThatThrownBy(() -> rosters.approveSignUp(waiting.id())).isInstanceOf(org.qiaoyun.api.ConflictException.class);
        assertThatThrownBy(() -> rosters.evaluate(placed.id(), SignUp.Evaluation.GOOD, null))
                .as("nothing served yet").isInstanceOf(org.qiaoyun.api.ConflictException.class);
        SignUp declined = rosters.declineSignUp(waiting.id(), "本次人数已满");
        assertThat(declined.actions()).isEmpty();
        assertThatThrownBy(() -> rosters.cancel(waiting.id())).isInstanceOf(org.qiaoyun.api.ConflictException.class);
    }

    /** The roster names every volunteer with the reasons and evaluations given them: organisers and admins read it. */
    @Test
    void onlyOrganisersReadARosterAndAnUnknownShiftIsNotFound() {
        TestTenantScope organiser = scope("doumen", "organiser", "organiser");
        Shift shift = shift(new Rosters(organiser), organiser, NOW.plus(Duration.ofDays(2)), 2);
        for (String role : List.of("volunteer", "viewer", "caseworker")) {
            assertThatThrownBy(() -> new Rosters(scope("doumen", "someone", role)).roster(shift.id())).as(role)
                    .isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
        }
        assertThat(new Rosters(organiser).roster(shift.id())).isEmpty();
        assertThatThrownBy(() -> new Rosters(organiser).roster("no-such-shift"))
                .isInstanceOf(org.qiaoyun.api.UnknownObjectException.class);
    }

    @Test
    void aThousandSignUpsAtOnceNeverExceedTheCapacityAndWaitInOrder() throws Exception {
        TestTenantScope organiser = scope("taishan", "organiser", "organiser");
        Rosters rosters = new Rosters(organiser);
        List<String> people = volunteers(organiser, 1000);
        Shift shift = shift(rosters, organiser, NOW.plus(Duration.ofDays(3)), 50);

        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignUp>> results = new ArrayList<>();
        for (String person : people) {
            results.add(threads.submit(() -> {
                start.await();
                return rosters.signUp(shift.id(), person);
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<SignUp> result : results) {
            result.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        threads.shutdown();
        System.out.printf(Locale.ROOT, "1,000 simultaneous sign-ups for one shift: %.1f s, %.0f sign-ups/s%n", seconds, 1000 / seconds);

        List<SignUp> roster = rosters.roster(shift.id());
        assertThat(roster).hasSize(1000);
        List<SignUp> confirmed = roster.stream().filter(s -> s.status() == SignUp.Status.CONFIRMED).toList();
        List<SignUp> waiting = roster.stream().filter(s -> s.status() == SignUp.Status.WAITING).toList();
        assertThat(confirmed).hasSize(50);
        assertThat(confirmed).extracting(SignUp::position).allMatch(p -> p <= 50);
        assertThat(waiting).extracting(SignUp::position).isSorted().doesNotHaveDuplicates().allMatch(p -> p > 50);

        SignUp leaving = confirmed.get(0);
        rosters.cancel(leaving.id());
        SignUp movedUp = rosters.roster(shift.id()).stream().filter(s -> s.position() == 51).findFirst().orElseThrow();
        assertThat(movedUp.status()).as("the first in line moves up").isEqualTo(SignUp.Status.CONFIRMED);
    }

    @Test
    void oneVolunteerNeverHoldsTwoOverlappingShifts() {
        TestTenantScope organiser = scope("kaiping", "organiser", "organiser");
        Rosters rosters = new Rosters(organiser);
        String person = volunteers(organiser, 1).get(0);
        Shift morning = shift(rosters, organiser, NOW.plus(Duration.ofDays(2)), 5);
        Shift overlapping = shift(rosters, organiser, NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)), 5);
        Shift later = shift(rosters, organiser, NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(4)), 5);
        rosters.signUp(morning.id(), person);
        assertThatThrownBy(() -> rosters.signUp(overlapping.id(), person)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("same time");
        assertThat(rosters.signUp(later.id(), person).status()).as("back to back is fine").isEqualTo(SignUp.Status.CONFIRMED);
    }

    @Test
    void checkInNeedsTheRightCodeAtTheRightTimeAndHoursFollow() {
        TestTenantScope organiser = scope("enping", "organiser", "organiser");
        String person = volunteers(organiser, 1).get(0);
        Instant start = NOW.plus(Duration.ofMinutes(20));
        Shift shift = shift(new Rosters(organiser), organiser, start, 5);
        SignUp mine = new Rosters(organiser).signUp(shift.id(), person);
        assertThatThrownBy(() -> new Rosters(organiser).evaluate(mine.id(), SignUp.Evaluation.GOOD, null))
                .as("nothing served yet, nothing to evaluate").isInstanceOf(ConflictException.class);

        Rosters atStart = new Rosters(organiser.at(Clock.fixed(start, ZoneOffset.UTC)));
        assertThatThrownBy(() -> atStart.checkOut(mine.id())).hasMessageContaining("check in before");
        assertThatThrownBy(() -> atStart.checkIn(mine.id(), "WRONG1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("code is wrong");
        Rosters tooLate = new Rosters(organiser.at(Clock.fixed(start.plus(Duration.ofHours(5)), ZoneOffset.UTC)));
        assertThatThrownBy(() -> tooLate.checkIn(mine.id(), shift.checkInCode())).hasMessageContaining("check-in is open");
        atStart.checkIn(mine.id(), shift.checkInCode().toLowerCase(Locale.ROOT));
        SignUp done = new Rosters(organiser.at(Clock.fixed(start.plus(Duration.ofMinutes(215)), ZoneOffset.UTC))).checkOut(mine.id());
        assertThat(done.minutes()).isEqualTo(215);

        assertThatThrownBy(() -> atStart.correct(mine.id(), 240, "提前登记")).as("no hours for a shift that has not ended")
                .isInstanceOf(ConflictException.class).hasMessageContaining("once the shift has ended");
        Rosters rosters = new Rosters(organiser.at(Clock.fixed(start.plus(Duration.ofHours(5)), ZoneOffset.UTC)));
        assertThatThrownBy(() -> rosters.correct(mine.id(), 240, " ")).hasMessageContaining("needs a reason");
        assertThat(rosters.correct(mine.id(), 240, "签退时手机没电").minutes()).isEqualTo(240);
        assertThat(new Registry(organiser).minutesServed(person)).isEqualTo(240);
        List<Rosters.Served> ledger = rosters.ledger(person);
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).signUp().minutes()).isEqualTo(240);
        assertThat(ledger.get(0).signUp().correctionReason()).as("the ledger says why it was corrected").isEqualTo("签退时手机没电");
        assertThat(ledger.get(0).shift().activity()).isEqualTo("侨乡文化节");
        assertThatThrownBy(() -> new Rosters(organiser.as("someone-else", "volunteer")).ledger(person))
                .as("another volunteer's ledger is theirs").isInstanceOf(PermissionDeniedException.class);
        org.qiaoyun.plugins.volunteers.VolunteerIndicators.refresh(organiser);
        assertThat(organiser.recorded().get("active-volunteers")).isEqualByComparingTo("1");
        assertThat(organiser.recorded().get("places-needed")).isEqualByComparingTo("5");
        Rosters volunteer = new Rosters(scope("enping", "v", "volunteer"));
        assertThatThrownBy(() -> volunteer.correct(mine.id(), 300, "more")).isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
    }

    @Test
    void pastShiftsTakeNoSignUpsAndCancellingEndsAtTheDeadline() {
        TestTenantScope organiser = scope("heshan", "organiser", "organiser");
        List<String> people = volunteers(organiser, 2);
        Shift soon = shift(new Rosters(organiser), organiser, NOW.plus(Duration.ofHours(2)), 5);
        SignUp signed = new Rosters(organiser).signUp(soon.id(), people.get(0));
        assertThatThrownBy(() -> new Rosters(organiser).cancel(signed.id())).hasMessageContaining("deadline");
        Rosters later = new Rosters(organiser.at(Clock.fixed(NOW.plus(Duration.ofHours(3)), ZoneOffset.UTC)));
        assertThatThrownBy(() -> later.signUp(soon.id(), people.get(1))).hasMessageContaining("no more sign-ups");
    }

    @Test
    void starsComeAtTheThresholds() {
        assertThat(StarLevels.DEFAULT.stars(99 * 60)).isZero();
        assertThat(StarLevels.DEFAULT.stars(100 * 60)).isEqualTo(1);
        assertThat(StarLevels.DEFAULT.stars(1_500 * 60)).isEqualTo(5);
        assertThat(new StarLevels(List.of(10, 20)).stars(25 * 60)).isEqualTo(2);
        assertThatThrownBy(() -> new StarLevels(List.of(300, 100))).hasMessageContaining("rising");
    }

    @Test
    void trainingIsRecordedWithItsRules() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);
        var training = org.qiaoyun.plugins.volunteers.training.Training.completed("v1", "急救培训", today, 8, "organiser", Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(training.hours()).isEqualTo(8);
        assertThatThrownBy(() -> org.qiaoyun.plugins.volunteers.training.Training.completed("v1", "x", today.plusDays(1), 8, "o", Clock.fixed(NOW, ZoneOffset.UTC)))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> org.qiaoyun.plugins.volunteers.training.Training.completed("v1", " ", today, 8, "o", Clock.fixed(NOW, ZoneOffset.UTC)))
                .hasMessageContaining("course");
        assertThatThrownBy(() -> org.qiaoyun.plugins.volunteers.training.Training.completed("v1", "x", today, 0, "o", Clock.fixed(NOW, ZoneOffset.UTC)))
                .hasMessageContaining("hours");
        TestTenantScope organiser = scope("jinjiang", "organiser", "organiser");
        String person = volunteers(organiser, 1).get(0);
        organiser.transaction(em -> {
            em.persist(org.qiaoyun.plugins.volunteers.training.Training.completed(person, "侨务政策", today, 4, "organiser", Clock.fixed(NOW, ZoneOffset.UTC)));
            return null;
        });
        long count = organiser.transaction(em -> em.createQuery("select count(t) from Training t where t.volunteerId = :v", Long.class)
                .setParameter("v", person).getSingleResult());
        assertThat(count).isEqualTo(1L);
    }

    @Test
    void shiftsArePlannedSensibly() {
        Activity festival = Activity.create("侨乡文化节", null, "台山市文化广场", null, "organiser", NOW);
        assertThatThrownBy(() -> Shift.plan(festival, new Shift.Draft(null, NOW, NOW.minusSeconds(1), 1, null, null)))
                .hasMessageContaining("ends after");
        assertThatThrownBy(() -> Shift.plan(festival, new Shift.Draft(null, NOW, NOW.plusSeconds(60), 0, null, null)))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> Shift.plan(festival, new Shift.Draft(null, NOW, NOW.plus(Duration.ofHours(25)), 1, null, null)))
                .hasMessageContaining("at most 24 hours");
        Shift planned = Shift.plan(festival, new Shift.Draft(" ", NOW, NOW.plusSeconds(60), 1, null, null));
        assertThat(planned.checkInCode()).hasSize(6);
        assertThat(planned.place()).as("a blank place is the activity's").isEqualTo("台山市文化广场");
        festival.cancel("台风");
        assertThatThrownBy(() -> Shift.plan(festival, new Shift.Draft(null, NOW, NOW.plusSeconds(60), 1, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
    }

    @Test
    void organisersExportARosterWithWhoIsConfirmedAndWhoWaits() throws Exception {
        TestTenantScope organiser = scope("xinhui", "organiser", "organiser");
        List<String> people = volunteers(organiser, 3);
        Rosters rosters = new Rosters(organiser);
        Shift shift = shift(rosters, organiser, NOW.plus(Duration.ofDays(2)), 2);
        people.forEach(person -> rosters.signUp(shift.id(), person));

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        rosters.export(shift.id(), out, java.util.Locale.CHINESE);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n")).as("in the reader's language").containsExactly(
                "\uFEFF志愿者,状态,候补顺位,签到时间,签退时间,服务分钟",
                "志愿者0,已确认,,,,", "志愿者1,已确认,,,,", "志愿者2,候补,1,,,");
        java.io.ByteArrayOutputStream english = new java.io.ByteArrayOutputStream();
        rosters.export(shift.id(), english, java.util.Locale.ENGLISH);
        assertThat(english.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n")).startsWith(
                "\uFEFFvolunteer,status,waiting place,checked in,checked out,minutes", "志愿者0,confirmed,,,,");
        SignUp third = rosters.roster(shift.id()).get(2);
        assertThat(third.position()).as("positions count every sign-up").isEqualTo(3);
        assertThat(rosters.placeInLine(third)).as("but the third is first in line").isEqualTo(1);

        Rosters volunteer = new Rosters(scope("xinhui", "v", "volunteer"));
        assertThatThrownBy(() -> volunteer.export(shift.id(), new java.io.ByteArrayOutputStream(), java.util.Locale.CHINESE))
                .isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
        assertThat(Permissions.organises(scope("xinhui", "v", "volunteer"))).isFalse();
        assertThatThrownBy(new Registry(scope("xinhui", "v", "volunteer"))::pending).as("who waits for approval is for organisers to see")
                .isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
    }

    @Test
    void whereTheOrganiserConfirmsSignUpsHoldPlacesUntilConfirmedOrTurnedDown() {
        TestTenantScope organiser = scope("approving", "organiser", "organiser");
        List<String> people = volunteers(organiser, 3);
        Activity visit = new Activities(organiser).create("探访老归侨", null, "侨联", null);
        Rosters rosters = new Rosters(organiser);
        Instant start = NOW.plus(Duration.ofDays(3));
        Shift shift = rosters.plan(visit.id(), new Shift.Draft(null, start, start.plus(Duration.ofHours(2)), 2, null, null, true));
        SignUp first = rosters.signUp(shift.id(), people.get(0));
        SignUp second = rosters.signUp(shift.id(), people.get(1));
        SignUp third = rosters.signUp(shift.id(), people.get(2));
        assertThat(List.of(first.status(), second.status(), third.status()))
                .as("two places held for the organiser to confirm, the third in line")
                .containsExactly(SignUp.Status.PENDING, SignUp.Status.PENDING, SignUp.Status.WAITING);

        TestTenantScope volunteer = organiser.as(organiser.tenantCode() + "-v0", "volunteer");
        assertThatThrownBy(() -> new Rosters(volunteer).approveSignUp(first.id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(rosters.approveSignUp(first.id()).status()).isEqualTo(SignUp.Status.CONFIRMED);
        assertThatThrownBy(() -> rosters.approveSignUp(first.id())).isInstanceOf(ConflictException.class);
        Rosters atStart = new Rosters(organiser.at(Clock.fixed(start, ZoneOffset.UTC)));
        assertThatThrownBy(() -> atStart.checkIn(second.id(), shift.checkInCode())).as("not confirmed yet: no check-in")
                .hasMessageContaining("only a confirmed volunteer");

        assertThatThrownBy(() -> rosters.declineSignUp(second.id(), " ")).hasMessageContaining("needs a reason");
        assertThat(rosters.declineSignUp(second.id(), "本次需要会讲台山话的志愿者").declineReason()).isEqualTo("本次需要会讲台山话的志愿者");
        assertThat(rosters.roster(shift.id())).extracting(SignUp::status).as("the first in line takes the freed place, to be confirmed")
                .containsExactly(SignUp.Status.CONFIRMED, SignUp.Status.PENDING);
        assertThat(rosters.declinedFor(people.get(1))).extracting(SignUp::id).containsExactly(second.id());
        assertThatThrownBy(() -> rosters.declineSignUp(first.id(), "改主意")).as("a confirmed place is not turned down")
                .isInstanceOf(ConflictException.class);
        assertThat(organiser.audited()).anyMatch(line -> line.startsWith("sign-up.decline " + second.id()));
    }

    @Test
    void theMonthsFiguresFollowEveryChangeEvenAfterTheMonthIsOver() {
        TestTenantScope organiser = scope("figures", "organiser", "organiser");
        String person = volunteers(organiser, 1).get(0);
        Instant lastMonth = Instant.parse("2026-10-20T01:00:00Z"); // 09:00 in Beijing, October
        Rosters planning = new Rosters(organiser.at(Clock.fixed(lastMonth.minus(Duration.ofDays(2)), ZoneOffset.UTC)));
        Shift october = shift(planning, organiser, lastMonth, 3);
        assertThat(organiser.recorded(YearMonth.of(2026, 10)).get("places-needed")).isEqualByComparingTo("3");
        SignUp served = planning.signUp(october.id(), person);
        assertThat(organiser.recorded(YearMonth.of(2026, 10)).get("places-filled")).isEqualByComparingTo("1");
        new Rosters(organiser.at(Clock.fixed(lastMonth, ZoneOffset.UTC))).checkIn(served.id(), october.checkInCode());
        new Rosters(organiser.at(Clock.fixed(lastMonth.plus(Duration.ofHours(3)), ZoneOffset.UTC))).checkOut(served.id());
        assertThat(organiser.recorded(YearMonth.of(2026, 10)).get("hours-served")).isEqualByComparingTo("3.00");

        // corrected in November: October's hours change, not November's
        new Rosters(organiser).correct(served.id(), 270, "签退晚了半小时才记录");
        assertThat(organiser.recorded(YearMonth.of(2026, 10)).get("hours-served")).isEqualByComparingTo("4.50");
        assertThat(organiser.recorded(YearMonth.of(2026, 11))).doesNotContainKey("hours-served");
        assertThat(new Rosters(organiser).signUpsOf(person)).as("a month later the shift is history, in the ledger").isEmpty();
        assertThat(new Rosters(organiser.at(Clock.fixed(lastMonth.plus(Duration.ofHours(20)), ZoneOffset.UTC))).signUpsOf(person))
                .as("the day after, still on the volunteer's list").hasSize(1);
    }
}
