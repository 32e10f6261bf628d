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
    private final String keyId;
    /** The vault of the key before, while a rotation is under way; null when there is none. */
    private final IdVault previous;

    /**
     * @param key     32 bytes, e.g. from {@code QIAOYUN_AID_ID_KEY} (Base64)
     * @param purpose what the numbers are kept for, e.g. {@code qiaoyun/aid/resident-id-hash}: it derives the
     *                hashing key, so that two modules' hashes of one number differ
     */
    public IdVault(byte[] key, String purpose) {
        this(key, purpose, null);
    }

    private IdVault(byte[] key, String purpose, IdVault previous) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the ID key must be 32 bytes (256 bits), Base64-encoded in the configuration");
        }
        this.encryption = new SecretKeySpec(key, "AES");
        this.hashing = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), purpose), "HmacSHA256");
        this.keyId = HexFormat.of().formatHex(hmac(new SecretKeySpec(key, "HmacSHA256"), "qiaoyun/id-key-id")).substring(0, 16);
        this.previous = previous;
    }

    public static IdVault fromBase64(String key, String purpose) {
        return new IdVault(Base64.getDecoder().decode(key.strip()), purpose);
    }

    /**
     * A vault during a key rotation: {@code key} encrypts and hashes everything new, and the previous key
     * is still accepted: a number sealed under either decrypts (AES-GCM's tag tells a wrong key for sure,
     * so both are tried, the new one first; no key id is stored), and a look-up asks for the hash under
     * either ({@link #hashes}). A previous key equal to the new one is refused: it would rotate nothing.
     */
    public static IdVault rotating(byte[] key, byte[] previousKey, String purpose) {
        if (java.util.Arrays.equals(key, previousKey)) {
            throw new IllegalArgumentException("the previous ID key is the same as the new one: nothing to rotate");
        }
        return new IdVault(key, purpose, new IdVault(previousKey, purpose));
    }

    /** {@link #fromBase64}, with the previous key when one is set (blank: none). */
    public static IdVault fromBase64(String key, String previousKey, String purpose) {
        if (previousKey == null || previousKey.isBlank()) {
            return fromBase64(key, purpose);
        }
        return rotating(Base64.getDecoder().decode(key.strip()), Base64.getDecoder().decode(previousKey.strip()), purpose);
    }

    /**
     * Names the key that seals and hashes from now on, without telling anything of it (16 hex characters
     * of a keyed hash): kept beside a row, it tells a key rotation which rows are done.
     */
    public String keyId() {
        return keyId;
    }

    /** Whether a previous key is still accepted (a rotation is under way). */
    public boolean rotating() {
        return previous != null;
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

    /** The number sealed in {@code stored}, under this vault's key or, during a rotation, the previous one. */
    public String decrypt(String stored) {
        try {
            return decryptUnderThisKey(stored);
        } catch (IllegalStateException notThisKey) {
            if (previous == null) {
                throw notThisKey;
            }
            return previous.decryptUnderThisKey(stored);
        }
    }

    /** Whether {@code stored} opens under this vault's key or, during a rotation, the previous one. */
    public boolean opens(String stored) {
        try {
            decrypt(stored);
            return true;
        } catch (IllegalStateException | IllegalArgumentException notOpened) {
            return false;
        }
    }

    /** Whether {@code stored} is sealed under the new key already (a rotation leaves it as it is). */
    public boolean sealedUnderCurrentKey(String stored) {
        try {
            decryptUnderThisKey(stored);
            return true;
        } catch (IllegalStateException notThisKey) {
            return false;
        }
    }

    private String decryptUnderThisKey(String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, bytes, 0, NONCE));
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt an ID number: wrong key, or the row was tampered with", e);
        }
    }

    /**
     * The hashes a look-up asks for: under the new key and, during a rotation, under the previous one, so
     * that a row not yet re-hashed is still found.
     */
    public java.util.List<String> hashes(IdentityDocument document) {
        return previous == null ? java.util.List.of(hash(document)) : java.util.List.of(hash(document), previous.hash(document));
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
