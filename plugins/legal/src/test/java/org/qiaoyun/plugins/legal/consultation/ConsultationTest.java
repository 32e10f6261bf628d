package org.qiaoyun.plugins.legal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.calendar.ShippedNotices;
import org.qiaoyun.plugins.legal.calendar.WorkingCalendar;

/** A consultation's workflow as a table, its deadlines and its rules, without a database. */
class ConsultationTest {

    private static final Instant AT = Instant.parse("2026-02-13T02:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.parse("2026-02-13");
    private static final ClassLoader LOADER = ConsultationTest.class.getClassLoader();

    static Consultation.Intake intake(String name, Category category) {
        return new Consultation.Intake("station", Channel.WALK_IN, null, name, "139 0222 0001", Relation.RETURNEE, null, "台山话",
                List.of(new Party.Named("黄国强", null)), category, "祖屋被占用");
    }

    private static Consultation received() {
        return Consultation.takeIn(intake("黄美玲", Category.OVERSEAS_HOUSE), "centre", Consultation.KeptId.NONE, FRIDAY,
                Deadlines.count(new WorkingCalendar(ShippedNotices.all()), FRIDAY), "clerk", AT);
    }

    @Test
    void theTableSaysWhoTakesWhichStepFromWhichStatus() {
        Set<Step.Who> head = EnumSet.allOf(Step.Who.class);
        Set<Step.Who> adviser = EnumSet.of(Step.Who.HANDLERS);
        assertThat(Step.offered(Status.RECEIVED, false, head)).containsExactly(Step.CHECK_CONFLICTS, Step.NOTE, Step.SEAL);
        assertThat(Step.offered(Status.CHECKED, false, head)).containsExactly(Step.ASSIGN, Step.NOTE, Step.SEAL);
        assertThat(Step.offered(Status.ASSIGNED, false, adviser)).containsExactly(Step.ACKNOWLEDGE, Step.NOTE);
        assertThat(Step.offered(Status.ACKNOWLEDGED, false, head)).containsExactly(Step.REASSIGN, Step.ANSWER, Step.NOTE, Step.SEAL);
        assertThat(Step.offered(Status.ANSWERED, false, adviser)).containsExactly(Step.CLOSE, Step.NOTE);
        assertThat(Step.offered(Status.CLOSED, false, head)).containsExactly(Step.SEAL);
        assertThat(Step.offered(Status.CLOSED, true, head)).as("sealed once").isEmpty();
        assertThat(Step.of("check-conflicts")).isEqualTo(Step.CHECK_CONFLICTS);
        assertThatThrownBy(() -> Step.of("approve")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void intakeCountsTheDeadlinesInWorkingDaysAndNeedsThePersonAndTheCategory() {
        Consultation c = received();
        assertThat(c.status()).isEqualTo(Status.RECEIVED);
        assertThat(c.acknowledgeDue()).as("Saturday 14 worked, then the Spring Festival").isEqualTo(LocalDate.parse("2026-02-24"));
        assertThat(c.answerDue()).isEqualTo(LocalDate.parse("2026-03-05"));
        assertThat(c.nextDue()).isEqualTo(c.acknowledgeDue());
        assertThat(c.dueProvisional()).isFalse();
        WorkingCalendar calendar = new WorkingCalendar(ShippedNotices.all());
        assertThatThrownBy(() -> Consultation.takeIn(intake(" ", Category.OTHER), "centre", Consultation.KeptId.NONE, FRIDAY,
                Deadlines.count(calendar, FRIDAY), "clerk", AT)).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("personName");
                    assertThat(refused.text().in(Text.CHINESE, LOADER)).isEqualTo("请填写咨询人姓名");
                });
        assertThatThrownBy(() -> Consultation.takeIn(intake("黄美玲", null), "centre", Consultation.KeptId.NONE, FRIDAY,
                Deadlines.count(calendar, FRIDAY), "clerk", AT))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("category"));
        var referred = new Consultation.Intake("station", Channel.OTHER_FEDERATION, " ", "黄美玲", null, Relation.RELATIVE, null, null,
                List.of(), Category.OTHER, "事实");
        assertThatThrownBy(() -> Consultation.takeIn(referred, "centre", Consultation.KeptId.NONE, FRIDAY, Deadlines.count(calendar, FRIDAY),
                "clerk", AT)).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("referredBy"));
    }

    @Test
    void aStepOutOfTurnIsRefusedNamingTheStepsOffered() {
        Consultation c = received();
        assertThatThrownBy(() -> c.answer("adviser", FRIDAY, "答复", AT)).isInstanceOfSatisfying(ConflictException.class, refused ->
                assertThat(refused.text().in(Text.CHINESE, LOADER))
                        .startsWith("处于“已受理”状态的咨询不能进行“答复”；现在可以：利益冲突审查 记录 封存"));
    }

    @Test
    void fromIntakeToCloseWithTheOutcomeTheAnswerDateAndTheTimeline() {
        Consultation c = received();
        assertThat(c.checkConflicts("head", ConflictDecision.CLEAR, Set.of(), null, AT).to()).isEqualTo(Status.CHECKED);
        assertThat(c.assign("head", "adviser-1", "李慧文", Set.of(), AT).note(Text.CHINESE)).isEqualTo("指派给李慧文");
        assertThatThrownBy(() -> c.assign("head", "adviser-1", "李慧文", Set.of(), AT)).as("the same adviser again")
                .isInstanceOf(ConflictException.class);
        c.acknowledge("adviser", LocalDate.parse("2026-02-24"), null, AT);
        assertThat(c.nextDue()).isEqualTo(c.answerDue());
        MatterEvent answered = c.answer("adviser", LocalDate.parse("2026-03-06"), "可申请退还", AT);
        assertThat(c.answeredInTime()).as("a day after the deadline").isFalse();
        assertThat(answered.note(Text.CHINESE)).isEqualTo("逾期答复（期限 2026-03-05）");
        assertThatThrownBy(() -> c.close("adviser", FRIDAY, new Consultation.Closing(null, null, null, null, "摘要"), AT))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("outcome"));
        assertThatThrownBy(() -> c.close("adviser", FRIDAY, new Consultation.Closing(Outcome.REFERRED, null, null, null, "摘要"), AT))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("destination"));
        assertThatThrownBy(() -> c.close("adviser", FRIDAY, new Consultation.Closing(Outcome.REFERRED, Destination.GOVERNMENT_DEPARTMENT,
                null, null, "摘要"), AT)).isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("referredTo"));
        MatterEvent closed = c.close("adviser", LocalDate.parse("2026-03-09"), new Consultation.Closing(Outcome.REFERRED,
                Destination.LEGAL_AID_CENTRE, null, Satisfaction.SATISFIED, "转法律援助中心"), AT);
        assertThat(closed.note(Text.CHINESE)).isEqualTo("办结：转介");
        assertThat(c.status()).isEqualTo(Status.CLOSED);
        assertThat(c.nextDue()).isNull();
        assertThat(c.overdue(LocalDate.parse("2026-12-31"))).isFalse();
    }

    @Test
    void aConflictKeepsTheAdvisersOfTheConflictingMattersOff() {
        Consultation c = received();
        assertThatThrownBy(() -> c.checkConflicts("head", ConflictDecision.CONFLICT, Set.of("other"), " ", AT))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("note"));
        c.checkConflicts("head", ConflictDecision.CONFLICT, Set.of("other"), "对方当事人是另一件咨询的咨询人", AT);
        assertThatThrownBy(() -> c.assign("head", "adviser-1", "李慧文", Set.of("other"), AT))
                .isInstanceOfSatisfying(ConflictException.class, refused -> assertThat(refused.field()).isEqualTo("adviserId"));
        c.assign("head", "adviser-2", "陈志明", Set.of("third"), AT);
        assertThat(c.adviserId()).isEqualTo("adviser-2");
    }

    @Test
    void aPetitionIsFollowedUpByLettersWhoseRepliesTheDeadlineFollows() {
        Consultation plain = received();
        Consultation petition = received();
        assertThatThrownBy(() -> petition.petition("市自然资源局", " ")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("request"));
        petition.petition("市自然资源局", "按标准补偿祖屋");
        for (Consultation c : List.of(plain, petition)) {
            c.checkConflicts("head", ConflictDecision.CLEAR, Set.of(), null, AT);
            c.assign("head", "adviser-1", "李慧文", Set.of(), AT);
            c.acknowledge("adviser", LocalDate.parse("2026-02-24"), null, AT);
        }
        assertThat(Step.offered(Status.ACKNOWLEDGED, false, true, EnumSet.of(Step.Who.HANDLERS)))
                .containsExactly(Step.ANSWER, Step.LETTER, Step.NOTE);
        Letter sent = Letter.of(petition.id(), new Letter.Details(Letter.Direction.SENT, LocalDate.parse("2026-02-25"), "市自然资源局",
                "请依法答复补偿标准", null, null), LocalDate.parse("2026-02-25"), "adviser", AT);
        assertThat(sent.replyDue()).as("sixty days by default").isEqualTo(LocalDate.parse("2026-04-26"));
        assertThatThrownBy(() -> plain.letter("adviser", sent, sent.replyDue(), AT)).isInstanceOf(ConflictException.class);
        Letter early = Letter.of(petition.id(), new Letter.Details(Letter.Direction.SENT, LocalDate.parse("2026-02-25"), "区信访局", null,
                LocalDate.parse("2026-03-02"), null), LocalDate.parse("2026-02-25"), "adviser", AT);
        assertThat(petition.letter("adviser", early, early.replyDue(), AT).note(Text.CHINESE)).isEqualTo("2026-02-25 致函区信访局，答复期限 2026-03-02");
        assertThat(petition.nextDue()).as("the reply is due before the answer").isEqualTo(LocalDate.parse("2026-03-02"));
        petition.answer("adviser", LocalDate.parse("2026-03-03"), "已代为致函", AT);
        assertThat(petition.overdue(LocalDate.parse("2026-03-03"))).as("answered, but a reply is overdue").isTrue();
        petition.letter("adviser", Letter.of(petition.id(), new Letter.Details(Letter.Direction.RECEIVED, LocalDate.parse("2026-03-03"),
                "区信访局", "已转办", null, early.id()), LocalDate.parse("2026-03-03"), "adviser", AT), null, AT);
        assertThat(petition.nextDue()).isNull();
        plain.answer("adviser", LocalDate.parse("2026-03-03"), "答复", AT);
        assertThatThrownBy(() -> plain.close("adviser", FRIDAY, new Consultation.Closing(Outcome.RESOLVED, null, null, null, "摘要"), AT))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("outcome"));
        petition.close("adviser", LocalDate.parse("2026-03-10"), new Consultation.Closing(Outcome.RESOLVED, null, null, Satisfaction.SATISFIED,
                "补偿已落实"), AT);
        assertThat(petition.status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void anOverdueMatterIsOneWhoseNextDeadlinePassed() {
        Consultation c = received();
        assertThat(c.overdue(LocalDate.parse("2026-02-24"))).isFalse();
        assertThat(c.overdue(LocalDate.parse("2026-02-25"))).isTrue();
    }
}
