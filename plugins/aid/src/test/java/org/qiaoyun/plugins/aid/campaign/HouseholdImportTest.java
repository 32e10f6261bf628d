package org.qiaoyun.plugins.aid.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.ResidentIds;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A campaign's list built from a spreadsheet on real PostgreSQL, as a county that keeps its 送温暖 lists in Excel does:
 * each row a registered person by their document, with what to hand them and who visits; nothing added while a row is
 * wrong, unless the right rows are chosen; every wrong row named with its column, in Chinese.
 */
class HouseholdImportTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    private static final Clock JANUARY = Clock.fixed(Instant.parse("2027-01-12T02:00:00Z"), ZoneOffset.UTC);
    private static EntityManagerFactory unit;
    private static int sequence;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    private static TestTenantScope worker(String tenant) {
        return new TestTenantScope(unit, tenant, JANUARY, "worker", "caseworker").withMembers("visitor");
    }

    private static String idNumber() {
        sequence++;
        return ResidentIds.valid(String.format("440781195%d%02d%02d%03d", sequence % 10, 1 + sequence % 12, 1 + sequence % 28, 200 + sequence));
    }

    private static Beneficiary person(String tenant, String name, String id) {
        return new Beneficiaries(worker(tenant), VAULT).register(new Beneficiary.Registration(name, id, "13800138000", "台山市台城街道",
                Category.RETURNEE, Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY), null, null, null, LocalDate.of(2026, 11, 1), name));
    }

    private static Campaign draft(String tenant) {
        Fund fund = new Funds(new TestTenantScope(unit, tenant, JANUARY, "director", "admin")).open("送温暖专项", FundSource.FISCAL_BUDGET, null);
        return new Campaigns(worker(tenant)).draft("2027年春节送温暖", CampaignKind.WINTER_WARMTH, LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 2, 5), Set.of(), List.of(), List.of(new Campaigns.Budget(fund.id(), new Money(10_000_00))));
    }

    /** The template's first sheet with these rows below its header. */
    private static byte[] sheet(String[]... rows) throws Exception {
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(HouseholdImport.template()))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aListFromASpreadsheetIsAddedWholeOrNotAtAllUnlessTheRightRowsAreChosen() throws Exception {
        String t = "camp-import";
        String chenId = idNumber();
        String liId = idNumber();
        Beneficiary chen = person(t, "陈美英", chenId);
        Beneficiary li = person(t, "李明", liId);
        Campaign c = draft(t);
        byte[] file = sheet(
                new String[] {chenId, null, null, "台城", "500", null, null, null, "visitor"},
                new String[] {liId, "", "", "三合", null, "大米一袋", "2", "80", null},
                new String[] {ResidentIds.valid("44078119600101300"), null, null, null, "500"},
                new String[] {chenId, null, null, null, "300"},
                new String[] {liId.substring(0, 10), null, null, null, "500"},
                new String[] {chenId, null, null, null, null, "食用油", "two", "50"},
                new String[] {chenId, null, null, null, "100", null, null, null, "stranger"},
                new String[] {liId, null, null, null, "1e5"});
        TestTenantScope worker = worker(t);
        Campaigns campaigns = new Campaigns(worker);

        BeneficiaryImport.Report checked = new HouseholdImport(worker, VAULT).run(c.id(), new ByteArrayInputStream(file), false);
        assertThat(checked.rows()).isEqualTo(8);
        assertThat(checked.imported()).isZero();
        assertThat(campaigns.households(c.id())).as("nothing added while a row is wrong").isEmpty();
        assertThat(checked.errors()).extracting(BeneficiaryImport.RowError::row).containsExactly(4, 5, 6, 7, 8, 9);
        assertThat(checked.errors()).extracting(e -> e.column(Text.CHINESE)).as("the report names each column in Chinese alone")
                .containsExactly("证件号码", "证件号码", "证件号码", "数量", "走访人", "现金（元）");
        assertThat(checked.errors()).extracting(e -> e.column(Text.ENGLISH)).as("and in English alone").containsExactly(
                "ID document number", "ID document number", "ID document number", "Quantity", "Visitor (username)", "Cash (yuan)");
        ClassLoader texts = getClass().getClassLoader();
        assertThat(checked.errors().get(0).text().in(Text.CHINESE, texts)).isEqualTo("没有以这个证件登记的帮扶对象：请先登记此人");
        assertThat(checked.errors().get(1).text().in(Text.CHINESE, texts)).as("the rows above count").isEqualTo("此人已在本活动名单中");
        assertThat(checked.errors().get(3).text().in(Text.CHINESE, texts)).isEqualTo("数量须为整数，例如 2");
        assertThat(checked.errors().get(4).text().in(Text.CHINESE, texts)).isEqualTo("stranger 不是本侨联的用户");
        assertThat(List.of(checked.errors().get(2), checked.errors().get(5))).as("a number that is no ID, an amount that is no money: in Chinese")
                .allSatisfy(e -> assertThat(e.text().in(Text.CHINESE, texts)).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{3,}"));

        BeneficiaryImport.Report done = new HouseholdImport(worker, VAULT).run(c.id(), new ByteArrayInputStream(file), true);
        assertThat(done.imported()).as("the right rows, when chosen").isEqualTo(2);
        List<Household> list = campaigns.households(c.id());
        assertThat(list).extracting(Household::beneficiaryId).containsExactlyInAnyOrder(chen.id(), li.id());
        Household rice = list.stream().filter(h -> h.beneficiaryId().equals(li.id())).findFirst().orElseThrow();
        assertThat(rice.handout()).isEqualTo(new Household.Handout(Money.ZERO, "大米一袋", 2, new Money(80_00)));
        assertThat(rice.area()).isEqualTo("三合");
        assertThat(list.stream().filter(h -> h.beneficiaryId().equals(chen.id())).findFirst().orElseThrow().visitor()).isEqualTo("visitor");
        assertThat(worker.hasAudited("campaign.import", c.id())).isTrue();
    }

    @Test
    void onlyCaseworkersImportAndOnlyIntoADraft() throws Exception {
        String t = "camp-import-rules";
        String id = idNumber();
        person(t, "黄伯", id);
        Campaign c = draft(t);
        byte[] file = sheet(new String[] {id, null, null, null, "500"});
        assertThatThrownBy(() -> new HouseholdImport(worker(t).as("reader", "viewer"), VAULT).run(c.id(), new ByteArrayInputStream(file), false))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new HouseholdImport(worker(t), VAULT).run(c.id(), new ByteArrayInputStream(new byte[] {1, 2, 3}), false))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("file"));
        assertThat(new HouseholdImport(worker(t), VAULT).run(c.id(), new ByteArrayInputStream(file), false).imported()).isEqualTo(1);
        Campaigns director = new Campaigns(new TestTenantScope(unit, t, JANUARY, "director", "admin"));
        director.approve(c.id(), director.get(c.id()).version());
        assertThatThrownBy(() -> new HouseholdImport(worker(t), VAULT).run(c.id(), new ByteArrayInputStream(file), false))
                .as("a campaign no longer a draft takes no list").isInstanceOf(ConflictException.class);
    }
}
