package org.qiaoyun.plugins.legal.archive;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.archive.ArchivedRecords;
import org.qiaoyun.api.archive.Confidential;
import org.qiaoyun.api.archive.SealedColumns;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.plugins.legal.ChinaTime;

/**
 * The legal module's part in a federation's archive: its tables, parents first, and the identity documents of the
 * people asking, opened under the module's key on the way out and sealed again under the importing platform's on the
 * way in. The asking party of a matter carries the hash of the same document for the conflict check: it is left out
 * on the way and made again from the matter's document, which arrives first.
 */
public final class LegalRecords implements ArchivedRecords {

    private static final String MATTERS = "legal_consultation";
    private static final String PARTIES = "legal_party";
    private static final SealedColumns DOCUMENT = new SealedColumns("id_cipher", null, "id_key", "id_kind", "id_country");

    private final Supplier<IdVault> vault;

    public LegalRecords(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public List<String> tables() {
        return List.of("legal_station", "legal_adviser", "legal_duty", "legal_calendar_year", MATTERS, PARTIES, "legal_event",
                "legal_education", "legal_letter", "legal_deadline_terms");
    }

    @Override
    public Rows outgoing(TenantScope federation) {
        return (table, row) -> {
            if (table.equals(MATTERS)) {
                return DOCUMENT.open(row, vault.get());
            }
            if (table.equals(PARTIES) && Boolean.TRUE.equals(row.get("asking"))) {
                row.remove("id_hash"); // made again from the matter's document on import
            }
            return row;
        };
    }

    @Override
    public Rows incoming(TenantScope federation) {
        LocalDate today = ChinaTime.today(federation);
        Map<String, String> hashes = new HashMap<>(); // a matter's id to its document's hash under this platform's key
        return (table, row) -> {
            if (table.equals(MATTERS) && row.get("id_cipher") instanceof Confidential number) {
                IdentityDocument document = DOCUMENT.document(row, number.text(), today);
                hashes.put((String) row.get("id"), vault.get().hash(document));
                return DOCUMENT.seal(row, vault.get(), today);
            }
            if (table.equals(PARTIES) && Boolean.TRUE.equals(row.get("asking"))) {
                row.put("id_hash", hashes.get((String) row.get("consultation_id")));
            }
            return row;
        };
    }
}
