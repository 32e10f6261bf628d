package org.qiaoyun.plugins.aid.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.report.PublicName;

/** The rules of a campaign, without a database: its dates, its handouts, one approval of its list within limit and budget. */
class CampaignTest {

    private static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");
    private static final ClassLoader LOADER = CampaignTest.class.getClassLoader();

    private static Campaign winter() {
        return Campaign.draft("2027年春节送温暖", CampaignKind.WINTER_WARMTH, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 5),
                Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY), List.of("台城", " 三合 ", "台城"), "builder", NOW);
    }

    private static Campaign.Totals list(int households, long cashFen, long largestFen) {
        return new Campaign.Totals(households, new Money(cashFen), Money.ZERO, new Money(largestFen));
    }

    @Test
    void aDraftNamesItsPeriodAndRuleAndRefusesEachWrongFieldByName() {
        Campaign c = winter();
        assertThat(c.status()).isEqualTo(Campaign.Status.DRAFT);
        assertThat(c.areas()).containsExactly("台城", "三合");
        assertThat(c.tags()).containsExactly(VulnerabilityTag.EMPTY_NEST_ELDERLY);
        assertThat(c.schoolYear()).as("only a school campaign has a school year").isNull();
        assertThat(catchThrowableOfType(() -> Campaign.draft(" ", CampaignKind.OTHER, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
                null, null, "b", NOW), InvalidInputException.class).field()).isEqualTo("name");
        assertThat(catchThrowableOfType(() -> Campaign.draft("x", null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
                null, null, "b", NOW), InvalidInputException.class).field()).isEqualTo("kind");
        assertThat(catchThrowableOfType(() -> Campaign.draft("x", CampaignKind.OTHER, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1),
                null, null, "b", NOW), InvalidInputException.class).field()).isEqualTo("to");
    }

    @Test
    void aSchoolGrantBelongsToTheSchoolYearOfTheCampaignsFirstDay() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 9, 1))).isEqualTo(new SchoolYear(2026));
        assertThat(SchoolYear.of(LocalDate.of(2027, 8, 31))).isEqualTo(new SchoolYear(2026));
        assertThat(SchoolYear.of(LocalDate.of(2026, 8, 31))).isEqualTo(new SchoolYear(2025));
        Campaign autumn = Campaign.draft("2026年金秋助学", CampaignKind.SCHOOL_AID, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 31),
                null, null, "b", NOW);
        assertThat(autumn.schoolYear()).isEqualTo(new SchoolYear(2026));
        assertThat(autumn.schoolYear().toString()).isEqualTo("2026–2027");
    }

    @Test
    void aHouseholdIsHandedCashOrCountedAndValuedGoodsAndNeverNothing() {
        assertThat(new Household.Handout(new Money(500_00), null, null, null).total()).isEqualTo(new Money(500_00));
        Household.Handout inKind = new Household.Handout(null, "大米 10 斤、食用油 1 桶", 2, new Money(150_00));
        assertThat(inKind.cash()).isEqualTo(Money.ZERO);
        assertThat(inKind.total()).isEqualTo(new Money(150_00));
        assertThat(catchThrowableOfType(() -> new Household.Handout(Money.ZERO, null, null, null), InvalidInputException.class).field())
                .isEqualTo("cash");
        assertThat(catchThrowableOfType(() -> new Household.Handout(null, "大米", null, new Money(100_00)), InvalidInputException.class)
                .field()).isEqualTo("quantity");
        assertThat(catchThrowableOfType(() -> new Household.Handout(null, "大米", 1, null), InvalidInputException.class).field())
                .isEqualTo("goodsValue");
        assertThat(catchThrowableOfType(() -> new Household.Handout(new Money(-1), null, null, null), InvalidInputException.class).field())
                .isEqualTo("cash");
    }

    @Test
    void aListBeyondItsBudgetIsRefusedAtApprovalNamingTheShortfall() {
        Campaign c = winter();
        InvalidInputException over = catchThrowableOfType(() -> c.approve("director", new Money(5_000_00), Set.of("builder"),
                list(30, 15_500_00, 500_00), new Money(15_000_00), NOW), InvalidInputException.class);
        assertThat(over.field()).isEqualTo("budget");
        assertThat(over.text().code()).isEqualTo("aid.campaign.over-budget");
        assertThat(over.text().in(Text.CHINESE, LOADER)).isEqualTo("名单现金合计 ¥15,500.00，超出预算 ¥15,000.00，缺口 ¥500.00");
        assertThat(over.getMessage()).contains("500.00 short");
        assertThat(c.status()).isEqualTo(Campaign.Status.DRAFT);
        assertThatThrownBy(() -> c.approve("director", new Money(5_000_00), Set.of("builder"), list(0, 0, 0), new Money(1_00), NOW))
                .as("an empty list").isInstanceOf(ConflictException.class);
    }

    @Test
    void anApproverWhoDidNotBuildTheListAndWhoseLimitCoversEachHouseholdApprovesItAlone() {
        Campaign c = winter();
        assertThat(c.approve("director", new Money(5_000_00), Set.of("builder"), list(30, 15_000_00, 500_00), new Money(15_000_00), NOW))
                .isTrue();
        assertThat(c.status()).isEqualTo(Campaign.Status.APPROVED);
        assertThat(c.approvedBy()).isEqualTo("director");
        assertThatThrownBy(() -> c.approve("other", new Money(5_000_00), Set.of(), list(30, 1, 1), new Money(1), NOW))
                .as("approved once").isInstanceOf(ConflictException.class);
    }

    @Test
    void whoBuiltTheListGivesAFirstApprovalOnlyAndAnotherPersonApproves() {
        Campaign c = winter();
        Set<String> built = Set.of("builder", "worker");
        assertThat(c.approve("worker", new Money(1_000_00), built, list(3, 1_500_00, 500_00), new Money(2_000_00), NOW)).isFalse();
        assertThat(c.firstApprover()).isEqualTo("worker");
        assertThat(c.status()).isEqualTo(Campaign.Status.DRAFT);
        assertThat(catchThrowableOfType(() -> c.approve("worker", new Money(1_000_00), built, list(3, 1_500_00, 500_00),
                new Money(2_000_00), NOW), ConflictException.class).text().code()).isEqualTo("aid.case.second-approver-same");
        assertThat(catchThrowableOfType(() -> c.approve("builder", new Money(5_000_00), built, list(3, 1_500_00, 500_00),
                new Money(2_000_00), NOW), ConflictException.class).text().code()).isEqualTo("aid.campaign.approver-built-list");
        assertThat(c.approve("director", new Money(5_000_00), built, list(3, 1_500_00, 500_00), new Money(2_000_00), NOW)).isTrue();
        assertThat(c.status()).isEqualTo(Campaign.Status.APPROVED);
    }

    @Test
    void aHouseholdAboveTheApproversLimitNeedsASecondApproverWhoseLimitCoversIt() {
        Campaign c = winter();
        assertThat(c.approve("caseworker2", new Money(1_000_00), Set.of("builder"), list(2, 3_000_00, 2_000_00), new Money(3_000_00), NOW))
                .as("the largest household is above a caseworker's limit").isFalse();
        assertThat(catchThrowableOfType(() -> c.approve("caseworker3", new Money(1_000_00), Set.of("builder"), list(2, 3_000_00, 2_000_00),
                new Money(3_000_00), NOW), ConflictException.class).text().code()).isEqualTo("aid.campaign.second-approver-limit");
        assertThat(c.approve("director", new Money(5_000_00), Set.of("builder"), list(2, 3_000_00, 2_000_00), new Money(3_000_00), NOW))
                .isTrue();
    }

    @Test
    void aChangedListLosesItsFirstApprovalAndAnApprovedListNoLongerChanges() {
        Campaign c = winter();
        c.approve("builder", new Money(5_000_00), Set.of("builder"), list(1, 100_00, 100_00), new Money(1_000_00), NOW);
        c.listChanged();
        assertThat(c.firstApprover()).isNull();
        c.approve("director", new Money(5_000_00), Set.of("builder"), list(1, 100_00, 100_00), new Money(1_000_00), NOW);
        assertThatThrownBy(c::requireDraft).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.describe("新名", c.from(), c.to(), null, null)).isInstanceOf(ConflictException.class);
        c.visited();
        assertThat(c.status()).isEqualTo(Campaign.Status.IN_PROGRESS);
        c.close("director", NOW);
        assertThat(catchThrowableOfType(c::visited, ConflictException.class).text().in(Text.CHINESE, LOADER))
                .isEqualTo("活动已结束，不能登记走访");
    }

    @Test
    void aVisitIsRecordedOnceAndANotHandedOverVisitSaysWhy() {
        Campaign c = winter();
        Household h = new Household(c, "person", "台城", new Household.Handout(new Money(500_00), null, null, null), "visitor", "builder");
        assertThat(catchThrowableOfType(() -> h.notHandedOver(LocalDate.of(2027, 1, 12), " ", "visitor", NOW), InvalidInputException.class)
                .field()).isEqualTo("reason");
        h.notHandedOver(LocalDate.of(2027, 1, 12), "已搬迁", "visitor", NOW);
        assertThat(h.outcome()).isEqualTo(Household.Outcome.NOT_HANDED_OVER);
        assertThatThrownBy(() -> h.handedOver(LocalDate.of(2027, 1, 13), "fund", "entry", "visitor", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void thePublicListMasksNamesAsPracticeDoes() {
        assertThat(PublicName.of("陈美英")).isEqualTo("陈*英");
        assertThat(PublicName.of("李明")).isEqualTo("李*");
        assertThat(PublicName.of("欧阳志明")).isEqualTo("欧**明");
    }
}
