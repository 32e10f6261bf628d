package org.qiaoyun.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.archive.FederationArchives;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * A county moving platform (issue 18, item 3): a federation holding {@code cases} aid cases of as many beneficiaries and
 * {@code volunteers} volunteers, every one with a sealed ID number, exported from one platform on PostgreSQL and imported
 * into another whose keys differ. Prints the seconds of each, the archive's size and the heap after each (no goal
 * asserted; the issue asks for the figures). Arguments: cases, volunteers, the directory of the aid and volunteers jars.
 */
public final class ArchiveBenchmark {

    private static final String COUNTY = "gd-jiangmen-taishan";
    private static final String AID_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private static final String VOLUNTEERS_KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private static final String PASSPHRASE = "benchmark passphrase 2026";

    public static void main(String[] args) throws Exception {
        int cases = Integer.parseInt(args[0]);
        int volunteers = Integer.parseInt(args[1]);
        Path plugins = Path.of(args[2]);
        java.util.logging.LogManager.getLogManager().reset();
        Path archive = Files.createTempFile("county", ".qiaoyun.zip");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database source");
                s.execute("create database target");
            }
            System.setProperty("qiaoyun.aid.id-key", AID_KEY);
            System.setProperty("qiaoyun.volunteers.id-key", VOLUNTEERS_KEY);
            String sourceUrl = postgres.getJdbcUrl("postgres", "source");
            try (Kernel source = Kernel.start(KernelSettings.forTests(sourceUrl, plugins))) {
                provision(source);
                source.modules().installed().forEach(module -> System.out.println("module " + module.id() + ": " + module.state()
                        + (module.failure() == null ? "" : " " + module.failure())));
                fill(sourceUrl, cases, volunteers);
                long start = System.nanoTime();
                FederationArchives.Moved moved;
                try (OutputStream out = Files.newOutputStream(archive)) {
                    moved = Caller.asSystem(() -> source.archives().export(COUNTY, PASSPHRASE).writeTo(out));
                }
                System.out.printf(Locale.ROOT, "export of a county with %,d cases and %,d volunteers: %.1f s, %,d rows, archive %.1f MB, heap %d MB%n",
                        cases, volunteers, (System.nanoTime() - start) / 1e9, moved.total(), Files.size(archive) / 1e6, heapMb());
                moved.rows().forEach((table, rows) -> {
                    if (rows > 0) {
                        System.out.printf(Locale.ROOT, "  %s: %,d rows%n", table, rows);
                    }
                });
            }
            // the new platform's own keys: every number is sealed again as it arrives
            System.setProperty("qiaoyun.aid.id-key", "CQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk=");
            System.setProperty("qiaoyun.volunteers.id-key", "CgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo=");
            try (Kernel target = Kernel.start(KernelSettings.forTests(postgres.getJdbcUrl("postgres", "target"), plugins))) {
                provision(target);
                long start = System.nanoTime();
                FederationArchives.Moved moved = Caller.asSystem(() -> target.archives().importInto(COUNTY, PASSPHRASE, archive));
                System.out.printf(Locale.ROOT, "import of the same into another platform, sealed again under its keys: %.1f s, %,d rows, heap %d MB%n",
                        (System.nanoTime() - start) / 1e9, moved.total(), heapMb());
            }
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private static void provision(Kernel kernel) {
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", kernel.rootCode(), "province", "广东省侨联", "Guangdong", "440000"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            return kernel.provisioning().provision(new ProvisioningRequest(COUNTY, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        });
    }

    /** The county's records as its work would leave them, numbers sealed under the modules' keys (not timed). */
    private static void fill(String url, int cases, int volunteers) throws Exception {
        IdVault aid = IdVault.fromBase64(AID_KEY, "qiaoyun/aid/resident-id-hash");
        IdVault people = IdVault.fromBase64(VOLUNTEERS_KEY, "qiaoyun/volunteers/resident-id-hash");
        LocalDate today = LocalDate.of(2026, 11, 25);
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "postgres")) {
            c.setAutoCommit(false);
            try (PreparedStatement person = c.prepareStatement(
                    "insert into aid_beneficiary (tenant_id, id, name, male, birth_date, id_cipher, id_hash, id_masked, id_kind, id_key,"
                            + " category, consent_date, consent_by, created_at, version) values (?, ?, ?, true, ?, ?, ?, ?, 'RESIDENT_ID', ?,"
                            + " 'RETURNEE', date '2026-11-01', '本人', current_timestamp, 0)");
                 PreparedStatement aidCase = c.prepareStatement(
                    "insert into aid_case (tenant_id, id, beneficiary_id, aid_type, requested_fen, disbursed_fen, status, created_by,"
                            + " created_at, updated_at, version) values (?, ?, ?, 'MEDICAL_AID', 80000, 0, 'DRAFT', 'taishan-caseworker',"
                            + " current_timestamp, current_timestamp, 0)")) {
                for (int i = 0; i < cases; i++) {
                    ResidentId id = ResidentIds.numbered(i, today);
                    IdentityDocument document = IdentityDocument.of(id);
                    String personId = UUID.randomUUID().toString();
                    person.setString(1, COUNTY);
                    person.setString(2, personId);
                    person.setString(3, "受助人" + i);
                    person.setObject(4, id.birthDate());
                    person.setString(5, aid.encrypt(document));
                    person.setString(6, aid.hash(document));
                    person.setString(7, document.masked());
                    person.setString(8, aid.keyId());
                    person.addBatch();
                    aidCase.setString(1, COUNTY);
                    aidCase.setString(2, UUID.randomUUID().toString());
                    aidCase.setString(3, personId);
                    aidCase.addBatch();
                    if (i % 1000 == 999) {
                        person.executeBatch();
                        aidCase.executeBatch();
                    }
                }
                person.executeBatch();
                aidCase.executeBatch();
            }
            try (PreparedStatement volunteer = c.prepareStatement(
                    "insert into vol_volunteer (tenant_id, id, username, name, status, registered_at, version, id_cipher, id_hash, id_kind,"
                            + " id_key) values (?, ?, ?, ?, 'APPROVED', current_timestamp, 0, ?, ?, 'RESIDENT_ID', ?)")) {
                for (int i = 0; i < volunteers; i++) {
                    IdentityDocument document = IdentityDocument.of(ResidentIds.numbered(1_000_000 + i, today));
                    volunteer.setString(1, COUNTY);
                    volunteer.setString(2, UUID.randomUUID().toString());
                    volunteer.setString(3, "volunteer-" + i);
                    volunteer.setString(4, "志愿者" + i);
                    volunteer.setString(5, people.encrypt(document));
                    volunteer.setString(6, people.hash(document));
                    volunteer.setString(7, people.keyId());
                    volunteer.addBatch();
                    if (i % 1000 == 999) {
                        volunteer.executeBatch();
                    }
                }
                volunteer.executeBatch();
            }
            c.commit();
        }
    }

    private static long heapMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private ArchiveBenchmark() {
    }
}
