package org.qiaoyun.kernel.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the platform's own secrets (the second factor's TOTP keys) unreadable at rest: AES-256-GCM under
 * the platform's secrets key, which lives in the configuration ({@code QIAOYUN_SECRETS_KEY}) and never in the
 * database, so that a copy of the database or a backup does not hand out anyone's second factor.
 * <p>
 * A sealed value reads {@code sealed:<Base64 of nonce and ciphertext>}. Values stored before sealing began
 * (a bare Base32 secret) are still read, and sealed at their next use.
 */
public final class SecretSeal {

    private static final String PREFIX = "sealed:";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretSeal(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("the secrets key must be 32 bytes (256 bits), Base64-encoded in the configuration");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    public static SecretSeal fromBase64(String key) {
        try {
            return new SecretSeal(Base64.getDecoder().decode(key.strip()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the secrets key must be Base64 of 32 bytes", notBase64);
        }
    }

    public String seal(String secret) {
        return PREFIX + Base64.getEncoder().encodeToString(seal(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** The secret a stored value holds; a value stored before sealing began is returned as it is. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            return new String(open(Base64.getDecoder().decode(stored.substring(PREFIX.length()))), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("cannot open a sealed secret: the row was tampered with", notBase64);
        }
    }

    /** Bytes sealed (a secret, a kept file): nonce, then ciphertext and tag. */
    public byte[] seal(byte[] content) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            ByteBuffer sealed = ByteBuffer.allocate(NONCE + cipher.getOutputSize(content.length)).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(content), sealed);
            return sealed.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal", e);
        }
    }

    /** The bytes {@link #seal(byte[])} sealed. */
    public byte[] open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a sealed value: the platform's secrets key is not the one it was sealed with,"
                    + " or the row was tampered with", e);
        }
    }

    /**
     * A keyed pseudonym of {@code value} for one {@code purpose} (HMAC-SHA256 under the secrets key, Base64url, 128 bits):
     * the same value gives the same pseudonym on every instance that shares the key, and nobody without the key can
     * tell the value from it, not even by trying every IPv4 address.
     */
    public String pseudonym(String purpose, String value) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal((purpose + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a pseudonym", e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
