package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * The guiding opinions of 2019 gave five years: each level sees, year by year, how many of the areas due a federation
 * had one, and whether all had by the target year (2024, or the one its province set). A federation counts from the
 * year it was set up, or from the year the record first said it exists. Told on H2 and on a real PostgreSQL.
 */
class CoverageProgressTest {

    private static final String PASSWORD = "侨乡广东-2026-registry";
    private Kernel kernel;
    private MovableClock clock;

    void start(String database) {
        clock = new MovableClock(Instant.parse("2025-03-01T08:00:00Z"));
        kernel = Kernel.start(KernelSettings.forTests(database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres(),
                Path.of("target/no-plugins")), clock);
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", "440000"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-kaiping", "gd-jiangmen", "county", "开平市侨联", "Kaiping", "440783"));
            kernel.accounts().create("gd", "gd-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen", "jm-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen-kaiping", "kp-admin", PASSWORD, Set.of(Role.ADMIN));
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return Caller.as(kernel.accounts().identity(username).orElseThrow(), work);
    }

    private Area record(String username, String tenant, String code, int people, OrganisationForm form, Integer organisedIn) {
        return as(username, () -> kernel.areas().record(tenant, new AreaInput(code, "区域" + code, people, 2024, null, form, null, organisedIn)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void eachYearCountsTheFederationsSetUpByItsEndAndTheTargetIsMetOnlyWhenAllAreDue(String database) {
        start(database);
        record("ts-admin", "gd-jiangmen-taishan", "440781100", 388, OrganisationForm.FEDERATION, 2016); // before the opinions
        record("ts-admin", "gd-jiangmen-taishan", "440781101", 150, OrganisationForm.FEDERATION, 2021);
        Area village = record("ts-admin", "gd-jiangmen-taishan", "440781100201", 45, OrganisationForm.NONE, null);
        record("ts-admin", "gd-jiangmen-taishan", "440781100202", 12, OrganisationForm.WORKSTATION, 2020); // not due: not counted
        record("kp-admin", "gd-jiangmen-kaiping", "440783100", 500, OrganisationForm.FEDERATION, 2023);

        clock.advance(Duration.ofDays(400)); // 2026: the village gets its federation, its founding year not known
        as("ts-admin", () -> kernel.areas().change("gd-jiangmen-taishan", village.id(), village.version(),
                new AreaInput("440781100201", "东坑村", 45, 2026, null, OrganisationForm.FEDERATION, "东坑村侨联")));

        CoverageReport.Coverage city = as("jm-admin", () -> kernel.coverage().of("gd-jiangmen"));
        CoverageProgress total = city.progress();
        assertThat(total.targetYear()).as("five years from 2019 where the province set none").isEqualTo(2024);
        assertThat(total.due()).isEqualTo(4);
        assertThat(total.years()).extracting(CoverageProgress.Year::year).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(total.years()).extracting(CoverageProgress.Year::covered).containsExactly(1L, 1L, 2L, 2L, 3L, 3L, 3L, 4L);
        assertThat(total.met()).as("the village's federation came after 2024").hasValue(false);
        CoverageReport.Row kaiping = city.rows().get(0);
        assertThat(kaiping.tenant().code()).isEqualTo("gd-jiangmen-kaiping");
        assertThat(kaiping.progress().met()).as("开平's one township had its federation in 2023").hasValue(true);
        assertThat(city.rows().get(1).progress().years().get(2).rate()).hasValue(2 / 3.0);

        assertThat(as("gd-admin", () -> kernel.coverage().setTargetYear("gd", 2026))).isEqualTo(2026);
        CoverageReport.Coverage later = as("jm-admin", () -> kernel.coverage().of("gd-jiangmen"));
        assertThat(later.progress().targetYear()).as("the province's target holds for its cities and counties").isEqualTo(2026);
        assertThat(later.progress().met()).hasValue(true);
        assertThat(later.rows()).allSatisfy(row -> assertThat(row.progress().targetYear()).isEqualTo(2026));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void onlyAProvinceSetsItsTargetWithinReason(String database) {
        start(database);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> as("jm-admin", () -> kernel.coverage().setTargetYear("gd-jiangmen", 2025)))
                .text().code()).isEqualTo("kernel.registry.target-of-provinces");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> as("gd-admin", () -> kernel.coverage().setTargetYear("gd", 2018)))
                .field()).isEqualTo("targetYear");
        assertThatThrownBy(() -> as("ts-admin", () -> kernel.coverage().setTargetYear("gd", 2025))).as("a county above its home")
                .isInstanceOf(RuntimeException.class);
        assertThat(as("gd-admin", () -> kernel.coverage().targetYear("gd"))).isEqualTo(CoverageTarget.DEFAULT_YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void theCoverageWorkbookNamesTheFederationAndTheTimeOfExport(String database) throws IOException {
        start(database);
        record("ts-admin", "gd-jiangmen-taishan", "440781100", 388, OrganisationForm.FEDERATION, 2020);
        CoverageReport.Coverage city = as("jm-admin", () -> kernel.coverage().of("gd-jiangmen"));
        byte[] sheet = CoverageSheet.write(city, Text.CHINESE, clock.instant());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            Sheet first = book.getSheetAt(0);
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("江门市侨联 · 基层组织覆盖情况");
            assertThat(first.getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出时间：2025-03-01 16:00（北京时间）");
            assertThat(first.getRow(5).getCell(0).getStringCellValue()).isEqualTo("江门市侨联（合计）");
            assertThat(first.getRow(7).getCell(0).getStringCellValue()).isEqualTo("台山市侨联");
            assertThat(first.getRow(7).getCell(5).getNumericCellValue()).as("due").isEqualTo(1);
            assertThat(first.getRow(7).getCell(11).getStringCellValue()).isEqualTo("已完成");
            assertThat(first.getRow(4).getCell(12).getStringCellValue()).isEqualTo("2019 年底覆盖率");
        }
        byte[] english = CoverageSheet.write(city, Text.ENGLISH, clock.instant());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Jiangmen · coverage of grassroots organisations");
        }
    }
}
