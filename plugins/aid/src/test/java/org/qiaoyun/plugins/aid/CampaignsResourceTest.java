package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** The campaigns' API as a client meets it: bad input refused naming the field, a visitor's answer without ID numbers. */
class CampaignsResourceTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    private static final Clock JANUARY = Clock.fixed(Instant.parse("2027-01-12T02:00:00Z"), ZoneOffset.UTC);
    private static EntityManagerFactory unit;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheVisitorReadsNoIdNumber() {
        String t = "camp-api";
        TestTenantScope director = new TestTenantScope(unit, t, JANUARY, "director", "admin");
        TestTenantScope worker = new TestTenantScope(unit, t, JANUARY, "worker", "caseworker").withMembers("visitor");
        String id = ResidentIds.valid("44078119460203455");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(new Beneficiary.Registration("梅秀兰", id, "13800138001",
                "台山市台城街道 3 号", Category.RELATIVE, Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY), null, null, null,
                LocalDate.of(2026, 11, 1), "梅秀兰"));
        Fund fund = new Funds(director).open("春节慰问金", FundSource.FISCAL_BUDGET, null);
        new Funds(director).receive(fund.id(), new Money(5_000_00), "拨款");
        CampaignsResource api = new AidResource(worker, VAULT).campaigns();

        CampaignsResource.CampaignBody body = new CampaignsResource.CampaignBody();
        body.name = "2027年春节送温暖";
        body.kind = "winter_warmth";
        body.from = "2027-01-10";
        body.to = "2027-02-05";
        body.areas = List.of("台城");
        assertThat(catchThrowableOfType(() -> api.draft(body), InvalidInputException.class).field()).as("no budget").isEqualTo("funds");
        CampaignsResource.FundLine line = new CampaignsResource.FundLine();
        line.fundId = fund.id();
        line.amount = new BigDecimal("1000.001");
        body.funds = List.of(line);
        assertThat(catchThrowableOfType(() -> api.draft(body), InvalidInputException.class).field()).as("more than fen").isEqualTo("funds");
        line.amount = new BigDecimal("1000");
        body.kind = "spring";
        assertThat(catchThrowableOfType(() -> api.draft(body), InvalidInputException.class).field()).isEqualTo("kind");
        // (a Response needs the server's JAX-RS runtime: what is created is created through the service here)
        String created = new org.qiaoyun.plugins.aid.campaign.Campaigns(worker).draft("2027年春节送温暖",
                org.qiaoyun.plugins.aid.campaign.CampaignKind.WINTER_WARMTH, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 5), null,
                List.of("台城"), List.of(new org.qiaoyun.plugins.aid.campaign.Campaigns.Budget(fund.id(), new Money(1_000_00)))).id();
        CampaignsResource.CampaignJson campaign = api.get(created);
        assertThat(campaign.budget()).isEqualByComparingTo("1000");
        assertThat(campaign.status()).isEqualTo("draft");
        assertThat(campaign.kind()).isEqualTo("winter_warmth");
        assertThat(api.list()).singleElement().satisfies(listed -> assertThat(listed.funds()).extracting(CampaignsResource.FundLineJson::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1000")));

        CampaignsResource.HouseholdBody household = new CampaignsResource.HouseholdBody();
        household.beneficiaryId = person.id();
        household.cash = new BigDecimal("-5");
        assertThat(catchThrowableOfType(() -> api.add(campaign.id(), household), InvalidInputException.class).field()).isEqualTo("cash");
        household.cash = new BigDecimal("500");
        household.visitor = "visitor";
        household.beneficiaryId = null;
        assertThat(api.pick(campaign.id(), household)).isEqualTo(new CampaignsResource.PickedJson(1, 0));
        CampaignsResource.VersionBody version = new CampaignsResource.VersionBody();
        new AidResource(director, VAULT).campaigns().approve(campaign.id(), version);

        CampaignsResource visitor = new AidResource(new TestTenantScope(unit, t, JANUARY, "visitor", "volunteer"), VAULT).campaigns();
        List<CampaignsResource.VisitJson> visits = visitor.visits();
        assertThat(visits).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("梅秀兰");
            assertThat(v.address()).isEqualTo("台山市台城街道 3 号");
            assertThat(v.cash()).isEqualByComparingTo("500");
        });
        assertThat(visits.toString()).doesNotContain(id).doesNotContain(id.substring(0, 4) + "*").doesNotContain("13800138001");
        assertThat(List.of(CampaignsResource.VisitJson.class.getRecordComponents()).stream().map(c -> c.getName()))
                .as("the visitor's answer has no place for an ID number or a phone").doesNotContain("residentId", "maskedId", "phone",
                        "documentNumber");
        CampaignsResource.VisitBody visit = new CampaignsResource.VisitBody();
        visit.date = "2027-01-12";
        assertThat(catchThrowableOfType(() -> visitor.visit(campaign.id(), visits.get(0).householdId(), visit), InvalidInputException.class)
                .field()).isEqualTo("handedOver");
        visit.handedOver = true;
        assertThat(visitor.visit(campaign.id(), visits.get(0).householdId(), visit).outcome()).isEqualTo("handed_over");
        assertThatThrownBy(() -> visitor.attachments("another-campaign", visits.get(0).householdId()))
                .as("a household is reached through its own campaign").isInstanceOf(UnknownObjectException.class);
        assertThat(api.account(campaign.id()).cashHandedOver()).isEqualByComparingTo("500");
    }
}
