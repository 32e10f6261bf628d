package org.qiaoyun.plugins.legal.consultation;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.FreeText;

/**
 * A person a consultation names: the one asking, or another party (the other side of a dispute, a co-heir).
 * Kept apart so that the conflict check finds every matter naming a person by name, phone or (for the one
 * asking) the keyed hash of the ID number, without reading the matters themselves.
 */
@Entity
@Table(name = "legal_party")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Party {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "consultation_id", length = 36, nullable = false, updatable = false)
    private String consultationId;

    @Column(name = "asking", nullable = false, updatable = false)
    private boolean asking;

    @Column(name = "name", length = 100, nullable = false, updatable = false)
    private String name;

    /** The name as the check compares it: without spaces, lowercase. */
    @Column(name = "name_key", length = 100, nullable = false, updatable = false)
    private String nameKey;

    @Column(name = "phone_key", length = 30, updatable = false)
    private String phoneKey;

    @Column(name = "id_hash", length = 64) // changed only by a key rotation
    private String idHash;

    protected Party() {
    }

    /** Another party as the intake names them: a name, perhaps a phone. */
    public record Named(String name, String phone) {
    }

    Party(String consultationId, boolean asking, String name, String phone, String idHash) {
        this.id = UUID.randomUUID().toString();
        this.consultationId = consultationId;
        this.asking = asking;
        this.name = FreeText.required(name, 100, asking ? "personName" : "parties");
        this.nameKey = nameKey(name);
        this.phoneKey = phoneKey(phone);
        this.idHash = idHash;
    }

    /**
     * The person asking as the conflict check knows them, after their name or phone was corrected
     * ({@link Consultation#correctPerson}): a new party in place of this one, with its document's hash.
     */
    public Party corrected(String newName, String newPhone) {
        return new Party(consultationId, asking, newName, newPhone, idHash);
    }

    /** A name as the check compares it. */
    public static String nameKey(String name) {
        return name == null ? null : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** A phone number as the check compares it: digits only, the last eleven (no +86, no spaces). */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 5) {
            return null;
        }
        return digits.length() > 11 ? digits.substring(digits.length() - 11) : digits;
    }

    public String consultationId() {
        return consultationId;
    }

    public boolean asking() {
        return asking;
    }

    public String name() {
        return name;
    }

    String nameKey() {
        return nameKey;
    }

    String phoneKey() {
        return phoneKey;
    }

    String idHash() {
        return idHash;
    }

    /** The person's keyed hash under a new key (a key rotation). */
    void rehash(String hash) {
        idHash = hash;
    }
}
