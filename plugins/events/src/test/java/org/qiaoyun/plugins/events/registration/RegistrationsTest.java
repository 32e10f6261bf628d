package org.qiaoyun.plugins.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.events.EventsDatabase.LINKS;
import static org.qiaoyun.plugins.events.EventsDatabase.NOW;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.guest;
import static org.qiaoyun.plugins.events.EventsDatabase.guestWithEmail;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;
import static org.qiaoyun.plugins.events.EventsDatabase.visitorAt;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.EventsDatabase;
import org.qiaoyun.plugins.events.Visitor;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.testing.TestTenantScope;

/** Signing up, the waiting list, the personal link, and the door: the story of one evening's list. */
class RegistrationsTest {

    private static CulturalEvent published(TestTenantScope organiser, CulturalEvent.Details details) {
        Events events = new Events(organiser);
        CulturalEvent planned = events.plan(details);
        return events.publish(planned.id(), planned.version());
    }

    @Test
    void companionsTakePlacesAndTheFullEventKeepsAWaitingListThatMovesUpInOrder() {
        TestTenantScope organiser = scope("rg-line", "rg-organiser", "organiser");
        CulturalEvent event = published(organiser, gathering(5));
        Visitor visitor = visitor("rg-line");
        Registrations publicPage = new Registrations(visitor, LINKS);
        Registration family = publicPage.signUp(event.id(), guestWithEmail("陈女士", "chen@example.com", 3));
        assertThat(family.standing()).isEqualTo(Standing.CONFIRMED);
        assertThat(family.people()).isEqualTo(4);
        Registration couple = publicPage.signUp(event.id(), guestWithEmail("黄先生", "wong@example.org", 1));
        assertThat(couple.standing()).as("2 people for the 1 place left").isEqualTo(Standing.WAITING);
        Registration single = publicPage.signUp(event.id(), guest("李先生", "13800000011", 0));
        assertThat(single.standing()).as("nobody jumps the line, though one place is free").isEqualTo(Standing.WAITING);
        assertThat(visitor.kept().told()).extracting(TestTenantScope.Told::kind)
                .containsExactly("events.standing-confirmed", "events.standing-waiting");
        assertThat(visitor.kept().told().get(0).arguments()).contains(family.code(), LINKS.personal("rg-line", family.token()));

        Registrations.Tally before = new Registrations(organiser, LINKS).tally(event.id());
        assertThat(before).isEqualTo(new Registrations.Tally(5, 4, 3, 0, 3));

        new Registrations(visitor, LINKS).cancelOwn(family.token());
        var list = new Registrations(organiser, LINKS).list(event.id(), 0, 10).items();
        assertThat(list).extracting(Registration::name, Registration::standing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("黄先生", Standing.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("李先生", Standing.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("陈女士", Standing.CANCELLED));
        assertThat(visitor.kept().told()).filteredOn(t -> t.recipient().equals("wong@example.org")).extracting(TestTenantScope.Told::kind)
                .containsExactly("events.standing-waiting", "events.standing-confirmed");
        assertThat(organiser.audited()).anyMatch(line -> line.startsWith("registration.read " + event.id()));
        assertThat(visitor.kept().recorded(YearMonth.of(2026, 12))).containsEntry("registered", BigDecimal.valueOf(3));
    }

    @Test
    void theSamePhoneOrEmailTwiceIsAConflictAndAClosedOrCancelledEventRefusesNamingTheEvent() {
        TestTenantScope organiser = scope("rg-bad", "rg-organiser", "organiser");
        CulturalEvent event = published(organiser, gathering(50));
        Registrations publicPage = new Registrations(visitor("rg-bad"), LINKS);
        publicPage.signUp(event.id(), Guest.of("伍先生", "138 0000 0021", "wu@example.com", null, null, "0", null, true));
        assertThatThrownBy(() -> publicPage.signUp(event.id(), guest("伍太太", "13800000021", 0)))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("phone");
                    assertThat(refused.text().in(Text.CHINESE, getClass().getClassLoader())).isEqualTo("这个手机号码已经报名了本次活动");
                });
        assertThatThrownBy(() -> publicPage.signUp(event.id(), guestWithEmail("伍小姐", "WU@example.com", 0)))
                .isInstanceOfSatisfying(ConflictException.class, refused -> assertThat(refused.field()).isEqualTo("email"));
        assertThatThrownBy(() -> Guest.of("伍", null, null, null, null, "0", null, true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("phone"));
        assertThatThrownBy(() -> Guest.of("伍", "13800000022", null, null, null, "0", null, false))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("consent"));
        assertThatThrownBy(() -> Guest.of("伍", "13800000022", null, null, null, "11", null, true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("companions"));
        assertThatThrownBy(() -> Guest.of("伍".repeat(51), "13800000022", null, null, null, "0", null, true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("name"));

        Registrations afterTheStart = new Registrations(visitorAt(event.startsAt().plusSeconds(60), "rg-bad"), LINKS);
        assertThatThrownBy(() -> afterTheStart.signUp(event.id(), guest("迟到者", "13800000023", 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("event");
                    assertThat(refused.getMessage()).isEqualTo("sign-ups are not open now");
                });
        new Events(organiser).cancel(event.id(), event.version(), "台风");
        assertThatThrownBy(() -> publicPage.signUp(event.id(), guest("陈", "13800000024", 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.getMessage())
                        .isEqualTo("the event is cancelled: no more sign-ups"));
        CulturalEvent draft = new Events(organiser).plan(gathering(5));
        assertThatThrownBy(() -> publicPage.signUp(draft.id(), guest("陈", "13800000025", 0)))
                .as("a draft is not there for the public").isInstanceOf(org.qiaoyun.api.UnknownObjectException.class);
        assertThat(new Registrations(organiser, LINKS).tally(event.id()).registrations()).as("nothing stored by the refusals").isEqualTo(1);
    }

    @Test
    void atTheDoorACodeChecksInOnceAWrongCodeIsRefusedPlainlyAndWalkInsTakeWhatIsLeft() {
        TestTenantScope organiser = scope("rg-door", "rg-organiser", "organiser");
        CulturalEvent event = published(organiser, gathering(4));
        Registration guest = new Registrations(visitor("rg-door"), LINKS).signUp(event.id(), guest("余先生", "13800000031", 1));
        TestTenantScope atTheDoor = org.qiaoyun.plugins.events.EventsDatabase.at(event.startsAt().minus(Duration.ofMinutes(20)), "rg-door",
                "rg-organiser", "organiser");
        Registrations door = new Registrations(atTheDoor, LINKS);
        assertThatThrownBy(() -> door.checkIn(event.id(), "WRONG123")).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo("code");
            assertThat(refused.text().in(Text.CHINESE, getClass().getClassLoader())).isEqualTo("签到码 WRONG123 不对，请核对");
        });
        String typed = guest.code().substring(0, 4).toLowerCase() + " " + guest.code().substring(4);
        Registration in = door.checkIn(event.id(), typed);
        assertThat(in.checkedInAt()).isEqualTo(event.startsAt().minus(Duration.ofMinutes(20)));
        assertThatThrownBy(() -> door.checkIn(event.id(), guest.code())).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.text().in(Text.CHINESE, getClass().getClassLoader())).startsWith("这个签到码已于"));
        assertThatThrownBy(() -> new Registrations(visitor("rg-door"), LINKS).cancelOwn(guest.token()))
                .as("at the event already").isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> door.walkIn(event.id(), guest("三人行", "13800000032", 2))).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.getMessage()).isEqualTo("not enough places: 2 left"));
        Registration walkIn = door.walkIn(event.id(), Guest.of("关女士", "+852 9123 4567", null, "香港", null, "1", null, true));
        assertThat(walkIn.attended()).isTrue();
        assertThat(door.tally(event.id())).isEqualTo(new Registrations.Tally(4, 4, 0, 4, 2));
        assertThat(atTheDoor.recorded(YearMonth.of(2026, 12))).containsEntry("attended", BigDecimal.valueOf(4))
                .containsEntry("overseas-attendees.malaysia", BigDecimal.valueOf(2)).containsEntry("overseas-attendees.hong-kong", BigDecimal.valueOf(2));
        assertThatThrownBy(() -> new Registrations(scope("rg-door", "rg-volunteer", "volunteer"), LINKS).checkIn(event.id(), guest.code()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Registrations(scope("rg-door", "rg-viewer", "viewer"), LINKS).list(event.id(), 0, 10))
                .as("contact details are for organisers and admins").isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aPersonalLinkShowsOnlyItsOwnPlaceAndSignUpsThatNeedConfirmationWaitForTheOrganiser() {
        TestTenantScope organiser = scope("rg-own", "rg-organiser", "organiser");
        CulturalEvent.Details g = gathering(10);
        CulturalEvent event = published(organiser, new CulturalEvent.Details("寻根之旅", org.qiaoyun.plugins.events.event.Kind.ROOT_SEEKING, null,
                "台山", false, g.startsAt(), g.endsAt(), null, 10, null, null, true, null, null));
        Registrations publicPage = new Registrations(visitor("rg-own"), LINKS);
        Registration pending = publicPage.signUp(event.id(), guestWithEmail("梅同学", "mei@example.edu", 0));
        assertThat(pending.standing()).isEqualTo(Standing.PENDING);
        assertThat(pending.token()).hasSize(43);
        assertThat(publicPage.own(pending.token()).orElseThrow().registration().id()).isEqualTo(pending.id());
        // one character changed (the last one is "A" one time in sixteen: then another)
        assertThat(publicPage.own(pending.token().substring(0, 42) + (pending.token().endsWith("A") ? "Q" : "A"))).isEmpty();
        assertThat(publicPage.own("../../etc")).isEmpty();
        Registration confirmed = new Registrations(organiser, LINKS).confirm(pending.id());
        assertThat(confirmed.standing()).isEqualTo(Standing.CONFIRMED);
        Registration staff = new Registrations(organiser, LINKS).register(event.id(), guest("梅婆婆", "13800000041", 0));
        assertThat(staff.standing()).as("staff register without a confirmation step").isEqualTo(Standing.CONFIRMED);
        assertThat(staff.registeredBy()).isEqualTo("rg-organiser");
    }

    @Test
    void aYearAfterTheEventItsPeopleAreForgottenAndItsCountsStayAsTheConsentTextPromises() {
        TestTenantScope organiser = scope("rg-forget", "rg-organiser", "organiser");
        CulturalEvent event = published(organiser, gathering(50));
        new Registrations(visitor("rg-forget"), LINKS).signUp(event.id(), guest("伍阿姨", "13902225555", 1));
        Registrations.Tally before = new Registrations(organiser, LINKS).tally(event.id());

        java.time.Instant elevenMonthsAfter = event.endsAt().plus(java.time.Duration.ofDays(335));
        assertThat(Registrations.forgetPast(EventsDatabase.at(elevenMonthsAfter, "rg-forget", "rg-organiser", "organiser")))
                .as("within the year: kept").isZero();
        assertThat(new Registrations(organiser, LINKS).all(event.id())).extracting(Registration::name).containsExactly("伍阿姨");

        TestTenantScope neighbour = scope("rg-forget-other", "rg-organiser", "organiser");
        CulturalEvent theirs = published(neighbour, gathering(50));
        new Registrations(visitor("rg-forget-other"), LINKS).signUp(theirs.id(), guest("黄先生", "13902226666", 0));

        TestTenantScope aYearOn = EventsDatabase.at(event.endsAt().plus(java.time.Duration.ofDays(367)), "rg-forget", "rg-organiser", "organiser");
        // the platform's daily erasure keeps the promise at the federation's period (a year by default)
        assertThat(new EventsKeeping().eraseEnded(aYearOn, "registration", 12)).isEqualTo(1);
        assertThat(aYearOn.audited()).anyMatch(line -> line.startsWith("rights.retention registration"));
        assertThat(Registrations.forgetPast(aYearOn)).as("forgotten once").isZero();
        assertThat(new Registrations(neighbour, LINKS).all(theirs.id())).extracting(Registration::name)
                .as("another federation's people are its own business").containsExactly("黄先生");
        Registration forgotten = new Registrations(organiser, LINKS).all(event.id()).get(0);
        assertThat(forgotten.name()).isEmpty();
        assertThat(forgotten.phone()).isNull();
        assertThat(new Registrations(organiser, LINKS).tally(event.id())).as("how many came stays").isEqualTo(before);
        assertThat(Registrations.forgetPast(aYearOn)).as("once").isZero();
    }

    @Test
    void theConfirmationCarriesTheEventsCalendarEntryAndTheWaitingListsLetterDoesNot() {
        TestTenantScope organiser = scope("rg-ics", "rg-organiser", "organiser");
        CulturalEvent event = published(organiser, gathering(2));
        Visitor visitor = visitor("rg-ics");
        new Registrations(visitor, LINKS).signUp(event.id(), guestWithEmail("Mary Wong", "mary@example.com", 1));
        new Registrations(visitor, LINKS).signUp(event.id(), guestWithEmail("Tom Lee", "tom@example.com", 0));

        TestTenantScope kept = visitor.kept();
        assertThat(kept.hasTold("mary@example.com", "events.standing-confirmed")).isTrue();
        assertThat(kept.hasTold("tom@example.com", "events.standing-waiting")).isTrue();
        assertThat(kept.attachments()).singleElement().satisfies(attached -> {
            assertThat(attached.recipient()).isEqualTo("mary@example.com");
            assertThat(attached.kind()).isEqualTo("events.standing-confirmed");
            assertThat(attached.attachment().fileName()).isEqualTo("event.ics");
            assertThat(attached.attachment().mediaType()).isEqualTo("text/calendar");
            assertThat(new String(attached.attachment().content(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "")) // unfolded
                    .startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + event.id() + "@rg-ics.events.qiaoyun", "SUMMARY:中秋联谊晚会",
                            "URL:" + LINKS.eventPage("rg-ics", event.id()));
        });
        assertThat(Text.of("events.standing-confirmed.body").in(Text.CHINESE, RegistrationsTest.class.getClassLoader()))
                .contains("打开附件 event.ics");
    }
}
