package org.qiaoyun.api.personal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps ID numbers (a resident ID or another {@link IdentityDocument}) unreadable at rest. Each number is encrypted with AES-256-GCM under the
 * module's key (from configuration, never in the database) and a fresh nonce; a keyed hash
 * (HMAC-SHA256 under a key derived from it) finds a person by number without decrypting anything.
 */
public final class IdVault {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec encryption;
    private final SecretKeySpec hashing;

    /**
     * @param key     32 bytes, e.g. from {@code QIAOYUN_AID_ID_KEY} (Base64)
     * @param purpose what the numbers are kept for, e.g. {@code qiaoyun/aid/resident-id-hash}: it derives the
     *                hashing key, so that two modules' hashes of one number differ
     */
    public IdVault(byte[] key, String purpose) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the ID key must be 32 bytes (256 bits), Base64-encoded in the configuration");
        }
        this.encryption = new SecretKeySpec(key, "AES");
        this.hashing = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), purpose), "HmacSHA256");
    }

    public static IdVault fromBase64(String key, String purpose) {
        return new IdVault(Base64.getDecoder().decode(key.strip()), purpose);
    }

    public String encrypt(ResidentId id) {
        return encrypt(IdentityDocument.of(id));
    }

    /** Encrypts a document's number (its kind and country are kept beside it, readable). */
    public String encrypt(IdentityDocument document) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(document.number().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, bytes, 0, NONCE));
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt an ID number: wrong key, or the row was tampered with", e);
        }
    }

    /** The keyed hash that finds a person by number. */
    public String hash(ResidentId id) {
        return hash(IdentityDocument.of(id));
    }

    /**
     * The keyed hash that finds a document's holder: of a resident ID's number alone (as it always was,
     * so rows hashed before other kinds existed stay found), of any other kind's kind, country and
     * lifetime number, so that equal numbers of two kinds never meet.
     */
    public String hash(IdentityDocument document) {
        return HexFormat.of().formatHex(hmac(hashing, document.hashInput()));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
