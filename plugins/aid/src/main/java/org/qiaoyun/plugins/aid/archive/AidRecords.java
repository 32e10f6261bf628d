package org.qiaoyun.plugins.aid.archive;

import java.util.List;
import java.util.function.Supplier;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.archive.ArchivedRecords;
import org.qiaoyun.api.archive.SealedColumns;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidIndicators;

/**
 * The aid module's part in a federation's archive: its tables, parents first, and the beneficiaries' identity
 * documents opened under the module's key on the way out and sealed again under the importing platform's on the way in.
 */
public final class AidRecords implements ArchivedRecords {

    private static final String PEOPLE = "aid_beneficiary";
    private static final SealedColumns DOCUMENT = new SealedColumns("id_cipher", "id_hash", "id_key", "id_kind", "id_country");

    private final Supplier<IdVault> vault;

    public AidRecords(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public List<String> tables() {
        return List.of(PEOPLE, "aid_fund", "aid_fund_entry", "aid_case", "aid_case_event", "aid_approval_limit", "aid_schedule",
                "aid_schedule_payment", "aid_referral", "aid_campaign", "aid_campaign_fund", "aid_campaign_household");
    }

    @Override
    public Rows outgoing(TenantScope federation) {
        return (table, row) -> table.equals(PEOPLE) ? DOCUMENT.open(row, vault.get()) : row;
    }

    @Override
    public Rows incoming(TenantScope federation) {
        return (table, row) -> table.equals(PEOPLE) ? DOCUMENT.seal(row, vault.get(), AidIndicators.today(federation)) : row;
    }
}
