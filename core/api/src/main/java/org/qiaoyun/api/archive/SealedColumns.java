package org.qiaoyun.api.archive;

import java.time.LocalDate;
import java.util.Map;

import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;

/**
 * The columns of a row that hold one identity document sealed under a module's {@link IdVault}: the cipher, the keyed
 * hash that finds its holder, the name of the key, and the document's kind and issuing country (readable). Opens the
 * number for an archive and seals it again on import, so that each module does not write the same turn twice.
 *
 * @param hash    the column of the keyed hash ({@code null}: the module keeps it elsewhere)
 * @param kind    the column of the document's kind ({@code null}: always a resident ID)
 * @param country the column of a foreign passport's issuing state ({@code null}: none)
 * @param key     the column naming the key that sealed the row ({@code null}: none)
 */
public record SealedColumns(String cipher, String hash, String key, String kind, String country) {

    /** The number opened for the archive; hash and key name left out (the importing platform makes its own). */
    public Map<String, Object> open(Map<String, Object> row, IdVault vault) {
        if (row.get(cipher) instanceof String stored) {
            row.put(cipher, Confidential.of(vault.decrypt(stored)));
        }
        if (hash != null) {
            row.remove(hash);
        }
        if (key != null) {
            row.remove(key);
        }
        return row;
    }

    /** The number sealed again under {@code vault}, with its hash and the key's name. */
    public Map<String, Object> seal(Map<String, Object> row, IdVault vault, LocalDate today) {
        if (row.get(cipher) instanceof Confidential number) {
            IdentityDocument document = document(row, number.text(), today);
            row.put(cipher, vault.encrypt(document));
            if (hash != null) {
                row.put(hash, vault.hash(document));
            }
            if (key != null) {
                row.put(key, vault.keyId());
            }
        }
        return row;
    }

    /** The document a row holds, its number given: for a module whose other rows carry the same document's hash. */
    public IdentityDocument document(Map<String, Object> row, String number, LocalDate today) {
        DocumentKind documentKind = kind == null || row.get(kind) == null ? DocumentKind.RESIDENT_ID
                : DocumentKind.valueOf((String) row.get(kind));
        return IdentityDocument.of(documentKind, number, country == null ? null : (String) row.get(country), today);
    }
}
