package org.qiaoyun.kernel.archive;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What travels confidential in a federation's archive (ID numbers, files, secrets) is sealed under a key drawn from the
 * export passphrase: PBKDF2-HMAC-SHA256 over a fresh salt (the archive keeps salt and rounds), then AES-256-GCM with a
 * fresh nonce per value. The archive also keeps a known text sealed under the key, so that a wrong passphrase is told
 * before anything is read, rather than as a damaged value halfway through.
 */
final class PassphraseSeal {

    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int ROUNDS = 210_000; // OWASP's figure for PBKDF2-HMAC-SHA256 (2023)
    static final int LEAST_PASSPHRASE = 12;
    static final int MOST_PASSPHRASE = 200;
    private static final byte[] KNOWN = "qiaoyun-federation-archive".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec key;
    private final byte[] salt;
    private final int rounds;

    private PassphraseSeal(char[] passphrase, byte[] salt, int rounds) {
        this.salt = salt.clone();
        this.rounds = rounds;
        try {
            byte[] derived = SecretKeyFactory.getInstance(KDF).generateSecret(new PBEKeySpec(passphrase, salt, rounds, 256)).getEncoded();
            this.key = new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the archive's key", e);
        }
    }

    /** A new seal for an export: a fresh salt. */
    static PassphraseSeal fresh(String passphrase) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PassphraseSeal(passphrase.toCharArray(), salt, ROUNDS);
    }

    /** The seal an archive was written with, for reading it. */
    static PassphraseSeal of(String passphrase, byte[] salt, int rounds) {
        return new PassphraseSeal(passphrase.toCharArray(), salt, rounds);
    }

    byte[] salt() {
        return salt.clone();
    }

    int rounds() {
        return rounds;
    }

    /** The known text sealed: kept in the manifest to tell a wrong passphrase. */
    byte[] check() {
        return seal(KNOWN);
    }

    /** Whether {@code check} (from the manifest) opens under this passphrase. */
    boolean opensCheck(byte[] check) {
        try {
            return Arrays.equals(open(check), KNOWN);
        } catch (IllegalStateException wrong) {
            return false;
        }
    }

    byte[] seal(byte[] content) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(content);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal for the archive", e);
        }
    }

    /** The content; {@link IllegalStateException} when it does not open (a wrong passphrase, a changed value). */
    byte[] open(byte[] sealed) {
        if (sealed.length <= NONCE) {
            throw new IllegalStateException("a sealed value of the archive is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value of the archive does not open", e);
        }
    }
}
