package org.qiaoyun.kernel.archive;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qiaoyun.api.archive.Confidential;
import org.qiaoyun.kernel.identity.SecretSeal;

/**
 * The kernel's own tables in a federation's archive, parents before children, and those it leaves out on purpose.
 * What the kernel seals under the platform's secrets key (files, the second factor's secret, the staff group's webhook)
 * is opened for the archive and sealed again under the importing platform's key.
 */
final class KernelRecords {

    static final String OWNER = "kernel";

    /**
     * Tables the archive leaves out, and why: the federation itself (the target is provisioned before the import), the
     * platform's own bookkeeping (leases, daily runs, sign-in failures), totals that the importing platform makes for its
     * own tree, API tokens (credentials of a platform: issued again on the new one), codes sent to verify a mobile
     * number (they lapse in minutes: asked again on the new platform), and the guard the embedded database keeps
     * against emptying the audit log.
     */
    static final Set<String> LEFT_OUT = Set.of("tenant", "work_lease", "daily_work_run", "sign_in_failure", "indicator_total",
            "api_token", "mobile_check", "databasechangelog", "databasechangeloglock", "audit_entry_no_truncate");

    /** Tables the import treats apart: the switches replace the target's, the figures are recorded with their totals. */
    static final String SWITCHES = "module_switch";
    static final String FIGURES = "indicator_value";

    private KernelRecords() {
    }

    static List<ArchivedTable> tables(SecretSeal seal) {
        String byCode = "tenant_code = ?";
        return List.of(
                ArchivedTable.plain(OWNER, SWITCHES, ArchivedTable.BY_TENANT_ID),
                new ArchivedTable(OWNER, "account", ArchivedTable.BY_TENANT_ID,
                        (table, row) -> openText(row, "totp_secret", seal), (table, row) -> sealText(row, "totp_secret", seal)),
                ArchivedTable.plain(OWNER, "notify_choice", "username in (select a.username from account a where a.tenant_id = ?)"),
                ArchivedTable.plain(OWNER, "registry_profile", byCode),
                ArchivedTable.plain(OWNER, "registry_target", byCode),
                ArchivedTable.plain(OWNER, "registry_area", byCode),
                ArchivedTable.plain(OWNER, "registry_home", byCode),
                ArchivedTable.plain(OWNER, "registry_contact_point", byCode),
                ArchivedTable.plain(OWNER, "registry_visit",
                        "contact_point_id in (select p.id from registry_contact_point p where p.tenant_code = ?)"),
                ArchivedTable.plain(OWNER, "registry_committee_member", byCode),
                ArchivedTable.plain(OWNER, "registry_association", byCode),
                ArchivedTable.plain(OWNER, "registry_nomination", byCode),
                ArchivedTable.plain(OWNER, "registry_nomination_step",
                        "nomination_id in (select n.id from registry_nomination n where n.tenant_code = ?)"),
                ArchivedTable.plain(OWNER, "retention_period", byCode),
                new ArchivedTable(OWNER, "notify_staff_group", ArchivedTable.BY_TENANT_ID,
                        (table, row) -> openText(row, "webhook", seal), (table, row) -> sealText(row, "webhook", seal)),
                ArchivedTable.plain(OWNER, "notify_suppression", ArchivedTable.BY_TENANT_ID),
                ArchivedTable.plain(OWNER, "notify_sms_sign", ArchivedTable.BY_TENANT_ID),
                ArchivedTable.plain(OWNER, "notify_message", ArchivedTable.BY_TENANT_ID),
                new ArchivedTable(OWNER, "attachment", ArchivedTable.BY_TENANT_ID,
                        (table, row) -> {
                            row.put("content", Confidential.of(seal.open((byte[]) row.get("content"))));
                            return row;
                        },
                        (table, row) -> {
                            row.put("content", seal.seal(((Confidential) row.get("content")).content()));
                            return row;
                        }),
                ArchivedTable.plain(OWNER, FIGURES, ArchivedTable.BY_TENANT_ID),
                ArchivedTable.plain(OWNER, "audit_entry", ArchivedTable.BY_TENANT_ID));
    }

    /** A secret sealed under the platform's key, or kept in the clear before sealing began, opened for the archive. */
    private static Map<String, Object> openText(Map<String, Object> row, String column, SecretSeal seal) {
        if (row.get(column) instanceof String stored) {
            row.put(column, Confidential.of(SecretSeal.isSealed(stored) ? seal.open(stored) : stored));
        }
        return row;
    }

    private static Map<String, Object> sealText(Map<String, Object> row, String column, SecretSeal seal) {
        if (row.get(column) instanceof Confidential secret) {
            row.put(column, seal.seal(secret.text()));
        }
        return row;
    }
}
