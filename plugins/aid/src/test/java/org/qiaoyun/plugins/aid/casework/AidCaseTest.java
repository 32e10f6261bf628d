package org.qiaoyun.plugins.aid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;

/** The life of an aid case, from draft to closing, and the steps it refuses. */
class AidCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Money ADMIN_LIMIT = new Money(5_000_00);
    private static final java.time.Instant AT = java.time.Instant.parse("2026-11-25T02:00:00Z");

    private AidCase verifiedCase(Money requested) {
        AidCase c = AidCase.draft("person-1", AidType.MEDICAL_AID, requested, "手术费用", "worker", AT).aidCase();
        c.submit("worker", null);
        c.verify("worker", TODAY.minusDays(1), "李社工", "家庭困难属实", TODAY);
        return c;
    }

    @Test
    void caseGoesFromDraftThroughApprovalAndPaymentToClosing() {
        AidCase c = verifiedCase(new Money(3_000_00));
        CaseEvent approved = c.approve("director", new Money(2_500_00), ADMIN_LIMIT, "同意");
        assertThat(approved.from()).isEqualTo(CaseStatus.VERIFIED);
        assertThat(approved.to()).isEqualTo(CaseStatus.APPROVED);
        c.disbursed("worker", new Money(1_000_00), "侨爱心基金");
        assertThat(c.nextActions()).containsExactly("disburse", "follow-up");
        c.disbursed("worker", new Money(1_500_00), "侨爱心基金");
        assertThat(c.nextActions()).containsExactly("follow-up");
        c.followUp("worker", "已康复出院");
        c.close("worker", null);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.status().isOpen()).isFalse();
        assertThat(c.nextActions()).isEmpty();
    }

    /** What the workflow notes on the timeline reads in the reader's language; what a person wrote stays as written. */
    @Test
    void timelineNotesAreKeptByTheirCodeAndReadInEachLanguage() {
        AidCase c = AidCase.draft("person-1", AidType.MEDICAL_AID, new Money(300_00), null, "worker", AT).aidCase();
        CaseEvent submitted = c.submit("worker", "请审核 urgent");
        CaseEvent visited = c.verify("worker", TODAY, "李社工", "属实", TODAY);
        assertThat(visited.comment(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(TODAY + " 由 李社工 入户核实");
        assertThat(visited.comment(java.util.Locale.ENGLISH)).isEqualTo("home visit " + TODAY + " by 李社工");
        assertThat(submitted.note()).isEmpty();
        assertThat(submitted.comment(java.util.Locale.ENGLISH)).isEqualTo("请审核 urgent");
        c.approve("director", new Money(300_00), ADMIN_LIMIT, null);
        CaseEvent paid = c.disbursed("worker", new Money(300_00), "侨爱心基金");
        assertThat(paid.comment(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥300.00，自 侨爱心基金 发放");
    }

    /** The table of steps is the one source: in every status, what it allows is offered, and what it does not is refused. */
    @Test
    void everyStepIsTakenExactlyFromTheStatusesTheTableNames() {
        for (CaseStatus status : CaseStatus.values()) {
            for (CaseStep step : CaseStep.values()) {
                AidCase c = caseIn(status);
                if (step.allowedFrom(status)) {
                    assertThat(c.nextActions()).as(step + " offered in " + status).contains(step.wire());
                } else {
                    assertThat(c.nextActions()).as(step + " not offered in " + status).doesNotContain(step.wire());
                    assertThatThrownBy(() -> take(c, step)).as(step + " refused in " + status)
                            .isInstanceOfSatisfying(ConflictException.class,
                                    refused -> assertThat(refused.text().code()).isEqualTo("aid.case.step-not-now"));
                }
            }
        }
        assertThat(CaseStep.of("follow-up")).isEqualTo(CaseStep.FOLLOW_UP);
        assertThatThrownBy(() -> CaseStep.of("pay")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("step"));
        AidCase verified = verifiedCase(new Money(800_00));
        assertThat(CaseStep.offeredBy(verified, java.util.EnumSet.of(CaseStep.Who.CASEWORKERS))).as("deciding is for those with a limit")
                .isEmpty();
        assertThat(CaseStep.offeredBy(verified, java.util.EnumSet.allOf(CaseStep.Who.class)))
                .containsExactly(CaseStep.APPROVE, CaseStep.REJECT);
    }

    /**
     * A case brought to the status by the workflow's own steps: cash and goods, half the cash paid and the
     * goods not yet handed over, so that every step its status allows is offered.
     */
    private static AidCase caseIn(CaseStatus status) {
        AidCase c = AidCase.draft("person-1", AidType.MEDICAL_AID, new Money(200_00), Goods.of("轮椅一台", new Money(100_00)), null,
                "worker", AT).aidCase();
        if (status == CaseStatus.DRAFT) {
            return c;
        }
        if (status == CaseStatus.WITHDRAWN) {
            c.withdraw("worker", "重复录入");
            return c;
        }
        c.submit("worker", null);
        if (status == CaseStatus.REJECTED) {
            c.reject("director", "不符合条件");
            return c;
        }
        if (status == CaseStatus.SUBMITTED) {
            return c;
        }
        c.verify("worker", TODAY, "李社工", "属实", TODAY);
        if (status == CaseStatus.VERIFIED) {
            return c;
        }
        c.approve("director", new Money(200_00), ADMIN_LIMIT, null);
        if (status == CaseStatus.APPROVED) {
            return c;
        }
        c.disbursed("worker", new Money(100_00), "侨爱心基金");
        if (status == CaseStatus.DISBURSED) {
            return c;
        }
        c.followUp("worker", "回访");
        if (status == CaseStatus.FOLLOW_UP) {
            return c;
        }
        c.close("worker", null);
        return c;
    }

    private static void take(AidCase c, CaseStep step) {
        switch (step) {
            case SUBMIT -> c.submit("worker", null);
            case WITHDRAW -> c.withdraw("worker", null);
            case VERIFY -> c.verify("worker", TODAY, "李社工", "属实", TODAY);
            case APPROVE -> c.approve("director", new Money(100_00), ADMIN_LIMIT, null);
            case REJECT -> c.reject("director", "不符合条件");
            case DISBURSE -> c.disbursed("worker", new Money(100_00), "侨爱心基金");
            case FOLLOW_UP -> c.followUp("worker", "回访");
            case DELIVER -> c.deliver("worker", AT, null);
            case CLOSE -> c.close("worker", null);
            case CLOSE_UNPAID -> c.closeUnpaid("director", "已迁离");
        }
    }

    /** A draft nobody will submit (a duplicate, a request taken back) is withdrawn: the case ends, undecided. */
    @Test
    void aDraftIsWithdrawnAndTheCaseEnds() {
        AidCase c = AidCase.draft("person-1", AidType.LIVING_SUBSIDY, new Money(500_00), null, "worker", AT).aidCase();
        assertThat(c.nextActions()).containsExactly("submit", "withdraw");
        CaseEvent withdrawn = c.withdraw("worker", "重复录入");
        assertThat(withdrawn.action()).isEqualTo("withdraw");
        assertThat(withdrawn.from()).isEqualTo(CaseStatus.DRAFT);
        assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(c.status().isOpen()).isFalse();
        assertThat(c.nextActions()).isEmpty();
        assertThatThrownBy(() -> c.submit("worker", null)).isInstanceOf(ConflictException.class);
        AidCase submitted = AidCase.draft("person-1", AidType.LIVING_SUBSIDY, new Money(500_00), null, "worker", AT).aidCase();
        submitted.submit("worker", null);
        assertThatThrownBy(() -> submitted.withdraw("worker", null)).as("a submitted case awaits its decision")
                .isInstanceOfSatisfying(ConflictException.class, refused -> assertThat(refused.text().code()).isEqualTo("aid.case.step-not-now"));
    }

    /** The person moved away or died before any payment: a decider closes the approved case, saying why. */
    @Test
    void anApprovedCaseNeverPaidIsClosedByADeciderWithItsReasonAndNothingMoreIsPaid() {
        AidCase c = verifiedCase(new Money(300_00));
        c.approve("director", new Money(300_00), ADMIN_LIMIT, null);
        assertThat(c.nextActions()).containsExactly("disburse", "close-unpaid");
        assertThat(CaseStep.offeredBy(c, java.util.EnumSet.of(CaseStep.Who.CASEWORKERS))).as("closing unpaid is a decision")
                .containsExactly(CaseStep.DISBURSE);
        assertThatThrownBy(() -> c.closeUnpaid("director", " ")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("comment"));
        CaseEvent closed = c.closeUnpaid("director", "已迁居外省");
        assertThat(closed.action()).isEqualTo("close-unpaid");
        assertThat(closed.comment()).isEqualTo("已迁居外省");
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.approved()).as("the decision stays on record").isEqualTo(new Money(300_00));
        assertThatThrownBy(() -> c.checkDisbursement(new Money(100_00))).isInstanceOf(ConflictException.class);

        AidCase paid = verifiedCase(new Money(300_00));
        paid.approve("director", new Money(300_00), ADMIN_LIMIT, null);
        paid.disbursed("worker", new Money(100_00), "侨爱心基金");
        assertThat(paid.nextActions()).doesNotContain("close-unpaid");
        assertThatThrownBy(() -> paid.closeUnpaid("director", "已去世")).isInstanceOf(ConflictException.class);
    }

    /** A payment reversed (冲正) is paid no more: what remains may be paid again, or the case closed unpaid. */
    @Test
    void aReversedPaymentLowersWhatTheCaseWasPaidAndACaseLeftUnpaidIsApprovedAgain() {
        AidCase c = verifiedCase(new Money(1_000_00));
        c.approve("director", new Money(1_000_00), ADMIN_LIMIT, null);
        c.disbursed("worker", new Money(400_00), "侨爱心基金");
        c.disbursed("worker", new Money(600_00), "侨爱心基金");
        assertThat(c.nextActions()).containsExactly("follow-up");
        CaseEvent reversed = c.paymentReversed("director", new Money(600_00), "侨爱心基金", "重复发放");
        assertThat(reversed.action()).isEqualTo("reverse-payment");
        assertThat(reversed.comment(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("自 侨爱心基金 发放的 ¥600.00 已冲正：重复发放");
        assertThat(c.disbursed()).isEqualTo(new Money(400_00));
        assertThat(c.status()).isEqualTo(CaseStatus.DISBURSED);
        assertThat(c.nextActions()).containsExactly("disburse", "follow-up");
        c.paymentReversed("director", new Money(400_00), "侨爱心基金", "账户错误");
        assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(c.nextActions()).containsExactly("disburse", "close-unpaid");
    }

    /** Holiday-visit goods (节日慰问): aid in kind may ask no cash, and its goods are handed over once. */
    @Test
    void aCaseInKindMayAskNoCashAndItsGoodsAreHandedOverOnce() {
        AidCase c = AidCase.draft("person-1", AidType.HOLIDAY_VISIT, Money.ZERO, Goods.of("大米一袋、食用油一桶", new Money(300_00)),
                "春节慰问", "worker", AT).aidCase();
        assertThat(c.inKind()).isTrue();
        c.submit("worker", null);
        c.verify("worker", TODAY, "李社工", "独居老人", TODAY);
        c.approve("director", Money.ZERO, ADMIN_LIMIT, null);
        assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(c.nextActions()).as("no cash to pay").containsExactly("deliver", "close-unpaid");
        CaseEvent delivered = c.deliver("worker", AT, "已送到家中");
        assertThat(c.status()).isEqualTo(CaseStatus.DISBURSED);
        assertThat(c.goods().delivered()).isTrue();
        assertThat(c.goods().deliveredAt()).isEqualTo(AT);
        assertThat(c.goods().deliveredBy()).isEqualTo("worker");
        assertThat(delivered.comment(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("物资已送达：大米一袋、食用油一桶（估值 ¥300.00）已送到家中");
        assertThat(c.nextActions()).containsExactly("follow-up");
        assertThatThrownBy(() -> c.deliver("worker", AT, null)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.text().code()).isEqualTo("aid.goods.delivered-already"));
        assertThat(c.disbursed()).as("goods are no cash").isEqualTo(Money.ZERO);
    }

    @Test
    void onlyAidInKindMayAskNoCashAndItsGoodsAreDescribedAndValued() {
        assertThatThrownBy(() -> AidCase.draft("p", AidType.HOLIDAY_VISIT, Money.ZERO, null, null, "w", AT))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("requestedAmount");
                    assertThat(refused.text().code()).isEqualTo("aid.case.requested-positive");
                });
        assertThatThrownBy(() -> AidCase.draft("p", AidType.HOLIDAY_VISIT, new Money(-1), Goods.of("米", new Money(1)), null, "w", AT))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("requestedAmount"));
        assertThatThrownBy(() -> Goods.of(" ", new Money(100_00))).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("goods"));
        assertThatThrownBy(() -> Goods.of("米", Money.ZERO)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("goodsValue"));
        assertThatThrownBy(() -> Goods.of("米", null)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("goodsValue"));
        AidCase cash = verifiedCase(new Money(300_00));
        assertThatThrownBy(() -> cash.approve("director", Money.ZERO, ADMIN_LIMIT, null)).as("a cash case approves cash")
                .isInstanceOf(InvalidInputException.class);
        cash.approve("director", new Money(300_00), ADMIN_LIMIT, null);
        assertThat(cash.nextActions()).doesNotContain("deliver");
        assertThatThrownBy(() -> cash.deliver("worker", AT, null)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.text().code()).isEqualTo("aid.goods.none"));
    }

    /** An approver decides on the goods' value with the cash: two small limits never make a large gift either. */
    @Test
    void theGoodsValueCountsTowardTheApproversLimit() {
        AidCase c = AidCase.draft("person-1", AidType.CHARITY_PROGRAMME, new Money(1_000_00), Goods.of("助听器一副", new Money(4_500_00)),
                null, "worker", AT).aidCase();
        c.submit("worker", null);
        c.verify("worker", TODAY, "李社工", "属实", TODAY);
        CaseEvent first = c.approve("director", new Money(1_000_00), ADMIN_LIMIT, null);
        assertThat(first.action()).as("¥1,000 cash and ¥4,500 of goods are above ¥5,000").isEqualTo("first-approval");
        assertThatThrownBy(() -> c.approve("caseworker-b", null, new Money(1_000_00), null)).isInstanceOf(ConflictException.class);
        c.approve("chair", null, new Money(10_000_00), "同意");
        assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(c.approved()).isEqualTo(new Money(1_000_00));
    }

    @Test
    void anUnknownStepIsRefusedNamingEveryStepOfTheTable() {
        assertThatThrownBy(() -> CaseStep.of("pay")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.getMessage()).contains("withdraw").contains("close-unpaid").contains("follow-up"));
    }

    @Test
    void illegalStepIsRefusedSayingWhatIsPossible() {
        AidCase c = AidCase.draft("person-1", AidType.LIVING_SUBSIDY, new Money(500_00), null, "worker", AT).aidCase();
        assertThatThrownBy(() -> c.approve("director", new Money(500_00), ADMIN_LIMIT, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a draft case cannot be sent to approve; possible now: submit, withdraw")
                .satisfies(e -> assertThat(((ConflictException) e).text().in(org.qiaoyun.api.Text.CHINESE, getClass().getClassLoader()))
                        .isEqualTo("处于“草稿”状态的个案不能进行“批准”"));
    }

    @Test
    void approverIsNotTheSubmitter() {
        AidCase c = verifiedCase(new Money(500_00));
        assertThatThrownBy(() -> c.approve("worker", new Money(500_00), ADMIN_LIMIT, null))
                .hasMessageContaining("cannot be the one who submitted");
        assertThatThrownBy(() -> c.reject("worker", "no")).hasMessageContaining("cannot reject");
    }

    @Test
    void aboveTheLimitASecondApproverIsNeeded() {
        AidCase c = verifiedCase(new Money(8_000_00));
        CaseEvent first = c.approve("director", new Money(8_000_00), ADMIN_LIMIT, null);
        assertThat(first.action()).isEqualTo("first-approval");
        assertThat(c.status()).isEqualTo(CaseStatus.VERIFIED);
        assertThat(c.awaitingSecondApproval()).isEqualTo(new Money(8_000_00));
        assertThatThrownBy(() -> c.approve("director", new Money(8_000_00), ADMIN_LIMIT, null))
                .hasMessageContaining("another person");
        c.approve("chair", null, new Money(10_000_00), "同意");
        assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(c.approved()).isEqualTo(new Money(8_000_00));
        assertThat(c.approvedBy()).isEqualTo("chair");
    }

    @Test
    void twoSmallLimitsNeverMakeALargeApproval() {
        AidCase c = verifiedCase(new Money(99_999_00));
        Money small = new Money(1_000_00);
        c.approve("caseworker-a", new Money(99_999_00), small, null);
        assertThatThrownBy(() -> c.approve("caseworker-b", null, small, "同意"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("limit that covers it");
        assertThat(c.status()).isEqualTo(CaseStatus.VERIFIED);
        assertThat(c.approved()).isNull();
    }

    @Test
    void whoDraftedOrVerifiedTheCaseDoesNotApproveItWhenAColleagueSubmitted() {
        AidCase c = AidCase.draft("person-1", AidType.MEDICAL_AID, new Money(500_00), "手术费用", "drafter", AT).aidCase();
        c.submit("colleague", null);
        c.verify("drafter", TODAY.minusDays(1), "李社工", "家庭困难属实", TODAY);
        assertThatThrownBy(() -> c.approve("drafter", new Money(500_00), ADMIN_LIMIT, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("drafted or verified");
        AidCase visited = AidCase.draft("person-2", AidType.MEDICAL_AID, new Money(500_00), null, "drafter", AT).aidCase();
        visited.submit("colleague", null);
        visited.verify("visitor", TODAY.minusDays(1), "王社工", "属实", TODAY);
        assertThatThrownBy(() -> visited.approve("visitor", new Money(500_00), ADMIN_LIMIT, null))
                .hasMessageContaining("drafted or verified");
        visited.approve("director", new Money(500_00), ADMIN_LIMIT, null);
        assertThat(visited.status()).isEqualTo(CaseStatus.APPROVED);
    }

    /** The screen offers a decision only to whom the refusals let take it: the two cannot disagree. */
    @Test
    void aDecisionIsTakableExactlyByThoseItsRefusalsLetThrough() {
        AidCase c = AidCase.draft("person-1", AidType.MEDICAL_AID, new Money(8_000_00), null, "drafter", AT).aidCase();
        c.submit("submitter", null);
        c.verify("visitor", TODAY.minusDays(1), "王社工", "属实", TODAY);
        for (String preparer : java.util.List.of("drafter", "submitter", "visitor")) {
            assertThat(c.takableBy(CaseStep.APPROVE, preparer)).as(preparer + " approving").isFalse();
            assertThatThrownBy(() -> c.approve(preparer, new Money(8_000_00), ADMIN_LIMIT, null)).isInstanceOf(ConflictException.class);
        }
        assertThat(c.takableBy(CaseStep.REJECT, "submitter")).isFalse();
        assertThat(c.takableBy(CaseStep.REJECT, "drafter")).as("a drafter may reject what a colleague submitted").isTrue();
        assertThat(c.takableBy(CaseStep.DISBURSE, "drafter")).as("paying is no decision").isTrue();
        assertThat(c.takableBy(CaseStep.APPROVE, "director")).isTrue();
        c.approve("director", new Money(8_000_00), ADMIN_LIMIT, null); // above the limit: the first of two approvals
        assertThat(c.takableBy(CaseStep.APPROVE, "director")).as("nobody gives both approvals").isFalse();
        assertThatThrownBy(() -> c.approve("director", null, ADMIN_LIMIT, null)).isInstanceOf(ConflictException.class);
        assertThat(c.takableBy(CaseStep.APPROVE, "chair")).isTrue();
    }

    @Test
    void roleWithoutALimitCannotApprove() {
        AidCase c = verifiedCase(new Money(100_00));
        assertThatThrownBy(() -> c.approve("viewer", new Money(100_00), null, null)).hasMessageContaining("may not approve");
    }

    @Test
    void paymentsNeverExceedTheApprovedAmount() {
        AidCase c = verifiedCase(new Money(1_000_00));
        c.approve("director", new Money(800_00), ADMIN_LIMIT, null);
        assertThatThrownBy(() -> c.checkDisbursement(new Money(800_01)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("remains to be paid");
        assertThatThrownBy(() -> c.approve("director", new Money(1_000_01), ADMIN_LIMIT, null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void homeVisitNeedsDateVisitorAndFindingsAndCannotBeInTheFuture() {
        AidCase c = AidCase.draft("person-1", AidType.HOLIDAY_VISIT, new Money(200_00), null, "worker", AT).aidCase();
        c.submit("worker", null);
        assertThatThrownBy(() -> c.verify("worker", TODAY.plusDays(1), "李", "好", TODAY))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("visitDate"));
        assertThatThrownBy(() -> c.verify("worker", TODAY, " ", "好", TODAY))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("visitor"));
        assertThatThrownBy(() -> c.verify("worker", TODAY, "李", null, TODAY))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("findings"));
    }

    @Test
    void draftNeedsATypeAndAPositiveAmount() {
        assertThatThrownBy(() -> AidCase.draft("p", null, new Money(1), null, "w", AT)).hasMessageContaining("kind of aid");
        assertThatThrownBy(() -> AidCase.draft("p", AidType.MEDICAL_AID, Money.ZERO, null, "w", AT))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("requestedAmount"));
    }

    /** A case is given to a caseworker, due by a day: the status stays, the timeline tells it, and past the day it is late. */
    @Test
    void anOpenCaseIsGivenToACaseworkerDueByADayAndIsOverdueAfterIt() {
        AidCase c = verifiedCase(new Money(800_00));
        CaseEvent given = c.assign("director", Assignment.of("lin", TODAY.plusDays(7), TODAY));
        assertThat(given.from()).isEqualTo(CaseStatus.VERIFIED);
        assertThat(given.to()).as("the status stays").isEqualTo(CaseStatus.VERIFIED);
        assertThat(given.comment(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("交由 lin 承办，" + TODAY.plusDays(7) + " 前办结");
        assertThat(c.overdue(TODAY.plusDays(7))).isFalse();
        assertThat(c.overdue(TODAY.plusDays(8))).isTrue();
        assertThat(c.assignment().assignee()).isEqualTo("lin");
        assertThatThrownBy(() -> Assignment.of("lin", TODAY.minusDays(1), TODAY))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> Assignment.of(" ", null, TODAY))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("assignee"));

        c.reject("director", "不符合条件");
        assertThat(c.overdue(TODAY.plusDays(30))).as("an ended case is late no more").isFalse();
        assertThatThrownBy(() -> c.assign("director", Assignment.of("lin", null, TODAY)))
                .isInstanceOf(org.qiaoyun.api.ConflictException.class);
    }
}
