package org.qiaoyun.kernel.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.archive.Confidential;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.testing.StoryClock;

/**
 * A county's platform moves: 台山 is exported from the demo platform (H2), with every module's records, and imported into
 * a new platform on a real PostgreSQL, whose federations were provisioned by hand and whose keys (ID numbers, secrets)
 * are its own (every module starts there: the aid module once failed to on PostgreSQL, for its embeddable goods). What
 * arrives is what left, table by table (the numbers open under the new keys, people are found by their number, the
 * county's staff sign in with their passwords); a damaged archive, another passphrase, a newer format, another
 * federation, an import by the county itself and a second import are refused with nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationArchiveTest {

    private static final String COUNTY = "gd-jiangmen-taishan";
    private static final String PASSPHRASE = "台山侨联迁移口令-2026";
    private static final String AID_KEY = "qiaoyun.aid.id-key";
    private static final String LEGAL_KEY = "qiaoyun.legal.id-key";
    private static final String NEW_AID_KEY = "BQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU=";
    private static final String NEW_LEGAL_KEY = "BgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgY=";
    private static final String NEW_SECRETS_KEY = "CAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg=";

    private Kernel source;
    private Kernel target;
    private final String sourceUrl = h2("source");
    private EmbeddedPostgres postgres;
    private String targetUrl;
    private byte[] archive;
    private Path work;

    @BeforeAll
    void twoPlatforms() throws IOException {
        work = Files.createTempDirectory("archive-test");
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/it-plugins"));
        source = Kernel.start(KernelSettings.forTests(sourceUrl, plugins).withDemo(KernelSettings.DEFAULT_DEMO_TREE), StoryClock.ticking());
        source.fillDemoRecords();
        archive = Caller.asSystem(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.archives().export(COUNTY, PASSPHRASE).writeTo(out);
            return out.toByteArray();
        });
        postgres = EmbeddedPostgres.builder().start();
        targetUrl = postgres.getJdbcUrl("postgres", "postgres");
        String aidKey = System.getProperty(AID_KEY);
        String legalKey = System.getProperty(LEGAL_KEY);
        try {
            System.setProperty(AID_KEY, NEW_AID_KEY);
            System.setProperty(LEGAL_KEY, NEW_LEGAL_KEY);
            KernelSettings tests = KernelSettings.forTests(targetUrl, plugins);
            target = Kernel.start(new KernelSettings(tests.jdbcUrl(), null, null, 4, plugins, false, null, tests.adminPassword(),
                    tests.passwordIterations(), NEW_SECRETS_KEY), StoryClock.ticking());
        } finally {
            System.setProperty(AID_KEY, aidKey);
            System.setProperty(LEGAL_KEY, legalKey);
        }
        Caller.asSystem(() -> {
            target.provisioning().provision(new ProvisioningRequest("gd", target.rootCode(), "province", "广东省侨联", "Guangdong", "440000"));
            target.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            return target.provisioning().provision(new ProvisioningRequest(COUNTY, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        });
    }

    @AfterAll
    void stop() throws IOException {
        if (target != null) {
            target.close();
        }
        if (source != null) {
            source.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(0)
    void everyModuleRunsOnTheNewPlatformsPostgreSql() {
        assertThat(target.modules().installed()).filteredOn(module -> !module.id().equals("broken"))
                .allSatisfy(module -> assertThat(module.isStarted()).as(module.id() + ": " + module.failure()).isTrue());
    }

    @Test
    @Order(1)
    void everyTableOfThePlatformMovesWithItsFederationOrIsLeftOutOnPurpose() {
        assertThat(source.archives().tablesLeftBehind()).isEmpty();
    }

    @Test
    @Order(2)
    void anArchiveThatIsNotWholeOrNotForThisFederationOrNotTheCallersToImportIsRefusedWithNothingWritten() throws IOException {
        assertThatThrownBy(() -> importInto(COUNTY, "another passphrase!", archive)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("passphrase"));
        byte[] damaged = archive.clone();
        damaged[damaged.length / 3] ^= 0x5a;
        assertThatThrownBy(() -> importInto(COUNTY, PASSPHRASE, damaged)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the archive is damaged or incomplete");
        assertThatThrownBy(() -> importInto(COUNTY, PASSPHRASE, withManifest(manifest -> manifest.replace("\"version\": 1", "\"version\": 2"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("format version 2");
        assertThatThrownBy(() -> importInto("gd-jiangmen", PASSPHRASE, archive)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds the data of gd-jiangmen-taishan, not of gd-jiangmen");
        assertThatThrownBy(() -> importInto(COUNTY, PASSPHRASE, withManifest(manifest -> manifest.replaceFirst("\"aid-1-", "\"aid-999-"))))
                .as("database changes this platform lacks").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("comes from a newer version of the platform (aid)");
        CallerIdentity countyAdmin = new CallerIdentity("taishan-new-admin", COUNTY, "/cn/gd/gd-jiangmen/" + COUNTY + "/", Set.of(Role.ADMIN));
        Path whole = file(archive);
        assertThatThrownBy(() -> Caller.as(countyAdmin, () -> target.archives().importInto(COUNTY, PASSPHRASE, whole)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows(targetUrl, "select count(*) from aid_beneficiary where tenant_id = '" + COUNTY + "'")).containsExactly("0");
        assertThat(rows(targetUrl, "select count(*) from account where tenant_id = '" + COUNTY + "'")).containsExactly("0");
    }

    @Test
    @Order(3)
    void theCountyArrivesWholeUnderTheNewPlatformsKeys() throws IOException {
        FederationArchives.Moved moved = importInto(COUNTY, PASSPHRASE, archive);
        assertThat(moved.rows().get("aid_beneficiary")).isPositive();
        assertThat(moved.rows().get("legal_consultation")).isPositive();
        assertThat(moved.rows().get("vol_volunteer")).isPositive();
        assertThat(moved.rows().get("account")).isPositive();

        byte[] again = Caller.asSystem(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.archives().export(COUNTY, "a second passphrase").writeTo(out);
            return out.toByteArray();
        });
        Map<String, List<Map<String, Object>>> left = decode(archive, PASSPHRASE);
        Map<String, List<Map<String, Object>>> arrived = decode(again, "a second passphrase");
        for (String table : left.keySet()) {
            if (Set.of("audit_entry", "indicator_value").contains(table)) {
                assertThat(arrived.get(table)).as(table + ": the target's own entries beside the county's").containsAll(left.get(table));
            } else {
                assertThat(arrived.get(table)).as(table).containsExactlyInAnyOrderElementsOf(left.get(table));
            }
        }
        // sealed again, not copied: the ciphers differ, and the platform's keys open them (the export above opened them)
        assertThat(rows(targetUrl, "select id_cipher from aid_beneficiary where id_cipher is not null order by id"))
                .doesNotContainAnyElementsOf(rows(sourceUrl, "select id_cipher from aid_beneficiary where id_cipher is not null order by id"));

        String number = left.get("aid_beneficiary").stream().map(row -> row.get("id_cipher")).filter(Confidential.class::isInstance)
                .map(c -> ((Confidential) c).text()).findFirst().orElseThrow();
        CallerIdentity countyAdmin = new CallerIdentity("taishan-admin", COUNTY, "/cn/gd/gd-jiangmen/" + COUNTY + "/", Set.of(Role.ADMIN));
        var found = Caller.as(countyAdmin, () -> target.peoplesData().find(COUNTY, new PersonalData.Person(number, null, null)));
        assertThat(found).as("found by their number: hashed under the new key").anySatisfy(f -> assertThat(f.moduleId()).isEqualTo("aid"));
        assertThat(target.accounts().signIn("taishan-admin", "qiaoyun-demo-2026", "archive-test", null).succeeded())
                .as("the county's staff sign in on the new platform with their passwords").isTrue();
    }

    @Test
    @Order(4)
    void aSecondImportFindsTheCountyHoldingRecordsAndIsRefused() {
        assertThatThrownBy(() -> importInto(COUNTY, PASSPHRASE, archive)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("gd-jiangmen-taishan already holds");
    }

    private FederationArchives.Moved importInto(String code, String passphrase, byte[] bytes) throws IOException {
        Path file = file(bytes);
        return Caller.asSystem(() -> target.archives().importInto(code, passphrase, file));
    }

    private Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(work, "archive", ".zip");
        Files.write(file, bytes);
        return file;
    }

    /** The archive with its manifest changed and its checksum made again: a well-formed archive saying something else. */
    private byte[] withManifest(java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = file(archive);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream changed = new ZipOutputStream(out)) {
            byte[] manifest = change.apply(new String(zip.getInputStream(zip.getEntry(ArchiveManifest.ENTRY)).readAllBytes(),
                    StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                changed.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(ArchiveManifest.ENTRY)) {
                    changed.write(manifest);
                } else if (entry.getName().equals(ArchiveManifest.CHECKSUM_ENTRY)) {
                    changed.write(HexFormat.of().formatHex(ArchiveWriter.sha256().digest(manifest)).getBytes(StandardCharsets.US_ASCII));
                } else {
                    changed.write(zip.getInputStream(entry).readAllBytes());
                }
                changed.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Every table's rows as values that compare: confidential values opened, bytes and instants made comparable. */
    private Map<String, List<Map<String, Object>>> decode(byte[] bytes, String passphrase) throws IOException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        try (ArchiveReader reader = ArchiveReader.open(file(bytes))) {
            reader.unlock(passphrase);
            reader.verify();
            for (ArchiveManifest.Table table : reader.manifest().tables()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                reader.rows(table, row -> {
                    row.replaceAll((column, value) -> value instanceof byte[] b ? Base64.getEncoder().encodeToString(b)
                            : value instanceof OffsetDateTime t ? t.toInstant() : value);
                    rows.add(row);
                });
                tables.put(table.name(), rows);
            }
        }
        return tables;
    }

    private static List<String> rows(String url, String query) {
        try (Connection connection = java.sql.DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String h2(String name) {
        return "jdbc:h2:mem:archive-" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
    }
}
