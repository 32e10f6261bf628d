package org.qiaoyun.kernel.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.archive.ArchivedRecords;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Governed;
import org.qiaoyun.kernel.access.NotVisibleException;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.identity.SecretSeal;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.module.ModuleHost;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.RowSecurity;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * A federation's data as one archive, to move it to another platform (a county's platform moving, a province's
 * platform split): the kernel's records and every module's, files included, written under one snapshot and read back
 * into an empty federation of the same code on another platform, all of it or nothing.
 *
 * <p>Who may: the federation's own admins or those above export it; an admin above the federation imports into it (the
 * one who provisioned it), or the platform's operators. Both are audited in the federation, with counts only.
 *
 * <p>The archive (version {@value ArchiveManifest#VERSION}, {@code docs/operations.md}): a zip of one JSON-lines entry
 * per table, the manifest naming each with its rows and SHA-256, and the manifest's own SHA-256. ID numbers, files and
 * secrets travel sealed under a key drawn from the export passphrase, and are sealed again under this platform's keys
 * as they arrive. It is refused, with nothing written, when damaged, of a newer format or of database changes this
 * platform lacks, of another federation, under another passphrase, or when the federation here already holds records.
 */
public class FederationArchives {

    private final Store kernel;
    private final DataSource dataSource;
    private final ModuleHost modules;
    private final SecretSeal seal;
    private final Clock clock;
    /** A module's scope in a federation whatever its switch: its records move whether it is on or off there. */
    private final BiFunction<InstalledModule, String, TenantScope> scopes;

    public FederationArchives(Store kernel, DataSource dataSource, ModuleHost modules, SecretSeal seal, Clock clock,
                              BiFunction<InstalledModule, String, TenantScope> scopes) {
        this.kernel = kernel;
        this.dataSource = dataSource;
        this.modules = modules;
        this.seal = seal;
        this.clock = clock;
        this.scopes = scopes;
    }

    /** What an export or an import moved: rows by table. */
    public record Moved(String federation, Map<String, Long> rows) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** An export checked and ready to write: what refuses it (the caller, the passphrase) refused before a byte is sent. */
    public interface Export {
        Moved writeTo(OutputStream out);
    }

    /**
     * The federation's archive, to write (its admins or those above); the passphrase seals what travels confidential and
     * must be at least {@value PassphraseSeal#LEAST_PASSPHRASE} characters.
     */
    public Export export(String code, String passphrase) {
        Tenant tenant = federation(code);
        CallerIdentity caller = Access.requireAdminOf(governed(tenant));
        if (passphrase == null || passphrase.strip().length() < PassphraseSeal.LEAST_PASSPHRASE) {
            throw new InvalidInputException("passphrase", Text.of("kernel.archive.passphrase-short", PassphraseSeal.LEAST_PASSPHRASE));
        }
        requireNotOverlong(passphrase);
        requireEveryModuleRunning(code);
        return out -> write(tenant, caller, PassphraseSeal.fresh(passphrase), out);
    }

    private Moved write(Tenant tenant, CallerIdentity caller, PassphraseSeal sealing, OutputStream out) {
        String code = tenant.code();
        List<ArchivedTable> tables = tables(code, true);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // one snapshot: rows written while the archive is made are in it whole or not at all
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                bindTenant(connection, code);
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                List<ArchiveManifest.Table> written = new ArchiveWriter(connection, sealing).write(tables, code, zip);
                written.forEach(table -> counts.put(table.name(), table.rows()));
                ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.FORMAT, ArchiveManifest.VERSION,
                        new ArchiveManifest.Federation(tenant.code(), tenant.names().zh(), tenant.names().en(), tenant.level().wireName(),
                                tenant.divisionCode()),
                        clock.instant(), caller.username(),
                        new ArchiveManifest.Sealing(PassphraseSeal.KDF, sealing.rounds(), sealing.salt(), sealing.check()),
                        changes(connection, owners(tables)), written);
                ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
                manifest.write(manifestBytes);
                zip.putNextEntry(new ZipEntry(ArchiveManifest.ENTRY));
                zip.write(manifestBytes.toByteArray());
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(ArchiveManifest.CHECKSUM_ENTRY));
                zip.write((HexFormat.of().formatHex(ArchiveWriter.sha256().digest(manifestBytes.toByteArray())) + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
                zip.finish();
            } finally {
                connection.rollback(); // it only read
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the federation's records for its archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Moved moved = new Moved(code, counts);
        // written while the answer streams, after the request's caller may have been let go: audited as the one who asked
        org.qiaoyun.kernel.access.Caller.as(caller, () -> kernel.transaction(em -> AuditLog.append(em, code, "federation.export", code,
                Text.of("kernel.archive.exported", moved.total(), counts.size()))));
        return moved;
    }

    /**
     * Reads the archive at {@code file} into the federation {@code code} of this platform, which must be the archive's
     * federation and hold no records yet (what provisioning wrote aside): all of it in one transaction, or nothing.
     */
    public Moved importInto(String code, String passphrase, Path file) {
        Tenant tenant = federation(code);
        CallerIdentity caller = Access.requireAdminOf(governed(tenant));
        if (caller.homeTenant().equals(code) && !caller.isPlatformAdmin()) {
            throw new AccessDeniedException("kernel.archive.import-from-above", code);
        }
        requireNotOverlong(passphrase);
        Map<String, List<Indicators.Recorded>> figures = new TreeMap<>();
        Moved moved;
        try (ArchiveReader reader = ArchiveReader.open(file)) {
            ArchiveManifest manifest = reader.manifest();
            if (!manifest.federation().code().equals(code)) {
                throw new InvalidInputException("archive", Text.of("kernel.archive.other-federation", manifest.federation().code(), code));
            }
            reader.unlock(passphrase);
            reader.verify();
            Map<String, ArchivedTable> here = new LinkedHashMap<>();
            tables(code, false).forEach(table -> here.put(table.name(), table));
            for (ArchiveManifest.Table table : manifest.tables()) {
                if (!KernelRecords.OWNER.equals(table.owner()) && modules.find(table.owner()).filter(InstalledModule::isStarted).isEmpty()) {
                    throw new InvalidInputException("archive", Text.of("kernel.archive.module-missing", table.owner()));
                }
                if (!here.containsKey(table.name())) {
                    throw new InvalidInputException("archive", Text.of("kernel.archive.newer-changes", table.owner()));
                }
            }
            moved = load(code, reader, here, figures);
        }
        // the figures are recorded with the totals of this platform's tree, in the kernel's own transaction
        figures.forEach((module, values) -> Indicators.record(kernel, code, tenant.path(), module, values));
        kernel.transaction(em -> AuditLog.append(em, code, "federation.import", code,
                Text.of("kernel.archive.imported", moved.total(), moved.rows().size())));
        return moved;
    }

    private Moved load(String code, ArchiveReader reader, Map<String, ArchivedTable> here, Map<String, List<Indicators.Recorded>> figures) {
        ArchiveManifest manifest = reader.manifest();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                bindTenant(connection, code);
                Schema schema = new Schema(connection);
                requireChanges(manifest, knownChanges());
                requireEmpty(connection, code, here.values());
                requireNoAccountElsewhere(connection, reader, manifest);
                Set<String> federations = strings(connection, "select code from tenant");
                Set<String> missing = new TreeSet<>();
                try (PreparedStatement clear = connection.prepareStatement("delete from " + KernelRecords.SWITCHES + " where tenant_id = ?")) {
                    clear.setString(1, code);
                    clear.executeUpdate(); // the archive's switches replace those provisioning set
                }
                for (ArchiveManifest.Table table : manifest.tables()) {
                    if (table.name().equals(KernelRecords.FIGURES)) {
                        reader.rows(table, row -> figures.computeIfAbsent((String) row.get("module_id"), m -> new ArrayList<>())
                                .add(new Indicators.Recorded((String) row.get("code"), YearMonth.parse((String) row.get("period")),
                                        (BigDecimal) row.get("amount"))));
                    } else {
                        new TableLoad(connection, schema, here.get(table.name()), code, federations, missing).load(reader, table);
                        if (!missing.isEmpty()) {
                            throw new InvalidInputException("archive", Text.of("kernel.archive.federations-missing", String.join(", ", missing)));
                        }
                    }
                    counts.put(table.name(), table.rows());
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the archive's records: " + e.getMessage(), e);
        }
        return new Moved(code, counts);
    }

    /** The tables of the platform's archive: the kernel's, then each running module's as it names them. */
    private List<ArchivedTable> tables(String code, boolean outgoing) {
        List<ArchivedTable> tables = new ArrayList<>(KernelRecords.tables(seal));
        for (InstalledModule module : modules.installed()) {
            var records = module.isStarted() ? module.offered(ArchivedRecords.class) : java.util.Optional.<ArchivedRecords>empty();
            if (records.isEmpty()) {
                continue;
            }
            TenantScope scope = scopes.apply(module, code);
            ArchivedRecords.Rows turn = outgoing ? records.get().outgoing(scope) : records.get().incoming(scope);
            for (String name : records.get().tables()) {
                tables.add(new ArchivedTable(module.id(), name, ArchivedTable.BY_TENANT_ID, turn, turn));
            }
        }
        return tables;
    }

    /**
     * A module that failed to start cannot open what it sealed: no archive is written of a federation that ever had it
     * switched, so that none leaves without its records.
     */
    private void requireEveryModuleRunning(String code) {
        for (InstalledModule module : modules.installed()) {
            if (!module.isStarted() && kernel.transaction(em -> em.createNativeQuery(
                    "select count(*) from module_switch where tenant_id = ?1 and module_id = ?2")
                    .setParameter(1, code).setParameter(2, module.id()).getSingleResult() instanceof Number n && n.longValue() > 0)) {
                throw new ConflictException(null, Text.of("kernel.archive.module-not-running", module.id()));
            }
        }
    }

    /**
     * The platform's tables that no part of it puts in a federation's archive nor leaves out on purpose: none, or a
     * federation moving would leave records behind (a module names its tables through {@link ArchivedRecords}). Asked
     * by the platform's tests with every module installed.
     */
    public Set<String> tablesLeftBehind() {
        List<ArchivedTable> tables = tables(null, true);
        try (Connection connection = dataSource.getConnection()) {
            Set<String> uncovered = new TreeSet<>(new Schema(connection).tables());
            tables.forEach(table -> uncovered.remove(table.name()));
            uncovered.removeAll(KernelRecords.LEFT_OUT);
            modules.installed().stream().filter(InstalledModule::isStarted).flatMap(module -> module.offered(ArchivedRecords.class).stream())
                    .forEach(records -> records.leftOut().forEach(uncovered::remove));
            return uncovered;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireEmpty(Connection connection, String code, Collection<ArchivedTable> tables) throws SQLException {
        long held = 0;
        for (ArchivedTable table : tables) {
            if (Set.of(KernelRecords.SWITCHES, KernelRecords.FIGURES, "audit_entry").contains(table.name())) {
                continue; // what provisioning writes: replaced, recorded over, appended to
            }
            try (PreparedStatement count = connection.prepareStatement("select count(*) from " + table.name() + " where " + table.whose())) {
                count.setString(1, code);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    held += rows.getLong(1);
                }
            }
        }
        if (held > 0) {
            throw new ConflictException("federation", Text.of("kernel.archive.not-empty", code, held));
        }
    }

    /** An account name is the platform's, not the federation's: one taken here by another federation refuses the import. */
    private static void requireNoAccountElsewhere(Connection connection, ArchiveReader reader, ArchiveManifest manifest) throws SQLException {
        Set<String> names = new TreeSet<>();
        manifest.tables().stream().filter(table -> table.name().equals("account"))
                .forEach(table -> reader.rows(table, row -> names.add((String) row.get("username"))));
        if (names.isEmpty()) {
            return;
        }
        names.retainAll(strings(connection, "select username from account"));
        if (!names.isEmpty()) {
            throw new ConflictException("archive", Text.of("kernel.archive.accounts-taken", String.join(", ", names)));
        }
    }

    /**
     * Every database change the archive's platform had applied is one this platform knows (declares in the changelog of
     * the kernel or of the module); else the archive comes from a newer platform. Known, not applied: some changes are
     * for one database only (H2's or PostgreSQL's), and an archive moves between the two.
     */
    private static void requireChanges(ArchiveManifest manifest, Map<String, Set<String>> known) {
        manifest.changes().forEach((owner, ids) -> {
            if (!known.getOrDefault(owner, Set.of()).containsAll(ids)) {
                throw new InvalidInputException("archive", Text.of("kernel.archive.newer-changes", owner));
            }
        });
    }

    private static final java.util.regex.Pattern CHANGE_SET = java.util.regex.Pattern.compile("<changeSet\\s+id=\"([^\"]+)\"");

    /** The ids of the changes each part of the platform declares, read from its changelog ({@code db/<owner>/changelog.xml}). */
    private Map<String, Set<String>> knownChanges() {
        Map<String, Set<String>> known = new TreeMap<>();
        known.put(KernelRecords.OWNER, declared(FederationArchives.class.getClassLoader(), KernelRecords.OWNER));
        for (InstalledModule module : modules.installed()) {
            if (module.isStarted()) {
                module.offered(ArchivedRecords.class).ifPresent(records ->
                        known.put(module.id(), declared(records.getClass().getClassLoader(), module.id())));
            }
        }
        return known;
    }

    private static Set<String> declared(ClassLoader loader, String owner) {
        Set<String> ids = new HashSet<>();
        try (var in = loader.getResourceAsStream("db/" + owner + "/changelog.xml")) {
            if (in != null) {
                var matcher = CHANGE_SET.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** The ids of the database changes applied, by owner ({@code db/<owner>/changelog.xml}). */
    private static Map<String, List<String>> changes(Connection connection, Set<String> owners) throws SQLException {
        Map<String, List<String>> changes = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, filename from databasechangelog order by orderexecuted");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String[] path = rows.getString(2).split("/");
                String owner = path.length >= 2 ? path[path.length - 2] : path[0];
                if (owners.contains(owner)) {
                    changes.computeIfAbsent(owner, o -> new ArrayList<>()).add(rows.getString(1));
                }
            }
        }
        return changes;
    }

    private static Set<String> owners(List<ArchivedTable> tables) {
        Set<String> owners = new TreeSet<>();
        tables.forEach(table -> owners.add(table.owner()));
        return owners;
    }

    private static Set<String> strings(Connection connection, String query) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(query); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    /** PostgreSQL's row-level security lets the transaction see and write this federation's rows only. */
    private void bindTenant(Connection connection, String code) throws SQLException {
        if (Database.isPostgres(dataSource)) {
            try (PreparedStatement bind = connection.prepareStatement("select set_config('" + RowSecurity.SETTING + "', ?, true)")) {
                bind.setString(1, code);
                bind.execute();
            }
        }
    }

    /** A passphrase is typed or pasted: one longer than any person would type is a mistake, refused before it is used. */
    private static void requireNotOverlong(String passphrase) {
        if (passphrase != null && passphrase.length() > PassphraseSeal.MOST_PASSPHRASE) {
            throw new InvalidInputException("passphrase", Text.of("kernel.archive.passphrase-long", PassphraseSeal.MOST_PASSPHRASE));
        }
    }

    private Tenant federation(String code) {
        Tenant tenant = kernel.transaction(em -> em.find(Tenant.class, code));
        if (tenant == null) {
            throw new NotVisibleException(code);
        }
        return tenant;
    }

    private static Governed governed(Tenant tenant) {
        return Governed.of(tenant.code(), tenant.path());
    }
}
