package org.qiaoyun.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.testing.TestTenantScope;

/**
 * Importing a spreadsheet of beneficiaries on PostgreSQL: reading, checking every row (ID number,
 * duplicates), encrypting the ID numbers and saving. Prints the seconds; aim: 10,000 in at most 20 s.
 */
public final class AidImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        java.util.logging.LogManager.getLogManager().reset();
        byte[] file = spreadsheet(rows);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource pool = Database.pool(postgres.getJdbcUrl("postgres", "postgres"), null, null, 4)) {
            Migrations.run(pool, "db/aid/changelog.xml", AidModule.class.getClassLoader());
            EntityManagerFactory unit = PersistenceUnits.build("aid", AidModule.class.getClassLoader(),
                    PersistenceUnits.rootOf(AidModule.class), new AidModule().persistence().entities(), pool);
            TenantScope scope = new TestTenantScope(unit, "t0", "worker", "caseworker");
            long start = System.nanoTime();
            BeneficiaryImport.Report report = new BeneficiaryImport(scope, new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash"))
                    .run(new ByteArrayInputStream(file), false, BeneficiaryImport.Progress.NONE);
            System.out.printf(Locale.ROOT, "import of %,d beneficiaries from .xlsx (%,d KB): %.1f s, %d imported, %d errors%n",
                    rows, file.length / 1024, (System.nanoTime() - start) / 1e9, report.imported(), report.errors().size());
            unit.close();
        }
    }

    static byte[] spreadsheet(int rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("帮扶对象");
            sheet.createRow(0).createCell(0).setCellValue("姓名 Name");
            for (int i = 1; i <= rows; i++) {
                String seventeen = String.format("440781%04d%02d%02d%03d", 1930 + i % 80, 1 + i % 12, 1 + i % 28, i % 1000);
                Row row = sheet.createRow(i);
                String[] values = {"受助人" + i, withCheck(seventeen), "归侨", "低收入", "1380000" + String.format("%04d", i % 10000),
                        "台山", null, null, "2026-11-01", "受助人" + i};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    static String withCheck(String seventeen) {
        return seventeen + ResidentId.checkCharacter(seventeen);
    }

    private AidImportBenchmark() {
    }
}
