package org.qiaoyun.plugins.volunteers.archive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.archive.ArchivedRecords;
import org.qiaoyun.api.archive.SealedColumns;
import org.qiaoyun.api.personal.IdVault;

/**
 * The volunteers module's part in a federation's archive: its tables, parents first, and the volunteers' identity
 * documents opened under the module's key on the way out and sealed again under the importing platform's on the way in.
 */
public final class VolunteersRecords implements ArchivedRecords {

    private static final String VOLUNTEERS = "vol_volunteer";
    private static final SealedColumns DOCUMENT = new SealedColumns("id_cipher", "id_hash", "id_key", "id_kind", "id_country");

    private final Supplier<IdVault> vault;

    public VolunteersRecords(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public List<String> tables() {
        return List.of(VOLUNTEERS, "vol_activity", "vol_shift", "vol_sign_up", "vol_training", "vol_star_thresholds", "vol_nomination",
                "vol_hours_rule", "vol_certificate");
    }

    @Override
    public Rows outgoing(TenantScope federation) {
        return (table, row) -> table.equals(VOLUNTEERS) && vault.get() != null ? DOCUMENT.open(row, vault.get()) : row;
    }

    @Override
    public Rows incoming(TenantScope federation) {
        LocalDate today = LocalDate.ofInstant(federation.clock().instant(), ZoneId.of("Asia/Shanghai"));
        return (table, row) -> table.equals(VOLUNTEERS) && vault.get() != null ? DOCUMENT.seal(row, vault.get(), today) : row;
    }
}
