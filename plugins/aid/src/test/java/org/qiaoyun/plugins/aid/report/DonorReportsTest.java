package org.qiaoyun.plugins.aid.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.ResidentIds;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.casework.Reversals;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** The donor report on real PostgreSQL: what stands after reversals, names masked, a workbook in the reader's language. */
class DonorReportsTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    /** 23:30 in Beijing on 30 November is the 30th there, though 15:30 UTC. */
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-11-30T15:30:00Z"), ZoneOffset.UTC);
    private static EntityManagerFactory unit;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    private static AidCase approved(TestTenantScope worker, TestTenantScope director, String name, String seventeen, AidType type, long fen) {
        Beneficiary person = new Beneficiaries(worker, VAULT).register(new Beneficiary.Registration(name, ResidentIds.valid(seventeen), null,
                "台山", Category.RETURNEE, Set.of(VulnerabilityTag.LOW_INCOME), null, null, null, LocalDate.of(2026, 11, 1), name));
        Casework work = new Casework(worker);
        AidCase c = work.draft(person.id(), type, new Money(fen), null);
        work.submit(c.id(), null, null);
        work.verify(c.id(), null, LocalDate.of(2026, 11, 20), "李社工", "属实");
        return new Casework(director).approve(c.id(), null, new Money(fen), null);
    }

    @Test
    void aDonorReadsWhatTheirMoneyPaidForWithNamesMaskedReversalsLeftOutAndAmountsWithSeparators() throws Exception {
        TestTenantScope worker = new TestTenantScope(unit, "duanfen", LATE, "worker", "caseworker");
        TestTenantScope director = new TestTenantScope(unit, "duanfen", LATE, "director", "admin");
        Funds funds = new Funds(director);
        Fund fund = funds.open("旅美侨胞助学金", FundSource.OVERSEAS_DONATION, "旅美端芬同乡会");
        funds.receive(fund.id(), new Money(12_345_00), "2026 年捐款");
        FundEntry wrong = funds.receive(fund.id(), new Money(500_00), "重复登记");
        new Reversals(director).reverse(fund.id(), wrong.id(), "重复登记");
        AidCase study = approved(worker, director, "陈秀英", "44078120100101021", AidType.EDUCATION_AID, 2_000_00);
        AidCase ill = approved(worker, director, "欧阳志明", "44078119500101031", AidType.MEDICAL_AID, 3_000_00);
        new Casework(worker).disburse(study.id(), null, fund.id(), new Money(2_000_00), null);
        new Casework(worker).disburse(ill.id(), null, fund.id(), new Money(3_000_00), null);

        DonorReport report = new DonorReports(worker, VAULT).of(fund.id());
        assertThat(report.received()).as("the receipt entered twice is left out with its reversal").isEqualTo(new Money(12_345_00));
        assertThat(report.used()).isEqualTo(new Money(5_000_00));
        assertThat(report.uses()).extracting(DonorReport.Use::person).containsExactlyInAnyOrder("陈*英", "欧**明");
        assertThat(report.uses()).allSatisfy(u -> assertThat(u.day()).as("the day in China").isEqualTo(LocalDate.of(2026, 11, 30)));
        assertThat(report.byType()).containsEntry(AidType.EDUCATION_AID, new Money(2_000_00)).containsEntry(AidType.MEDICAL_AID, new Money(3_000_00));
        assertThat(worker.hasAudited("fund.donor-report", fund.id())).isTrue();
        assertThatThrownBy(() -> new DonorReports(worker.as("helper", "volunteer"), VAULT).of(fund.id()))
                .isInstanceOf(PermissionDeniedException.class);

        ByteArrayOutputStream chinese = new ByteArrayOutputStream();
        new DonorReports(worker, VAULT).write(report, Locale.SIMPLIFIED_CHINESE, chinese);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(chinese.toByteArray()))) {
            DataFormatter shown = new DataFormatter(Locale.ROOT);
            assertThat(book.getSheetName(0)).isEqualTo("概况");
            Sheet summary = book.getSheet("概况");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("收入合计");
            assertThat(shown.formatCellValue(summary.getRow(4).getCell(1))).as("thousands separated").isEqualTo("12,345.00");
            Sheet uses = book.getSheet("资金使用");
            assertThat(uses.getRow(0).getCell(2).getStringCellValue()).isEqualTo("受助人");
            Cell day = uses.getRow(1).getCell(0);
            assertThat(shown.formatCellValue(day)).as("a local date, not a UTC time").isEqualTo("2026-11-30");
            assertThat(uses.getRow(1).getCell(1).getStringCellValue()).isIn("助学", "医疗救助");
            assertThat(uses.getRow(1).getCell(2).getStringCellValue() + uses.getRow(2).getCell(2).getStringCellValue())
                    .contains("陈*英", "欧**明").doesNotContain("秀", "志");
        }
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        new DonorReports(worker, VAULT).write(report, Locale.ENGLISH, english);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(english.toByteArray()))) {
            assertThat(book.getSheetName(2)).isEqualTo("Uses");
            assertThat(book.getSheet("Summary").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Overseas donation");
        }
    }
}
