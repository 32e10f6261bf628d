package org.qiaoyun.kernel.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent Cloud's request signature, version 3 (TC3-HMAC-SHA256), for a JSON POST to {@code /}: a canonical request of
 * the method, path, content type and host and the payload's SHA-256, a string to sign with the time and the credential
 * scope, and a key derived from the secret key by the date, the service and {@code tc3_request}. The secret key never
 * leaves the platform; only the signature does.
 */
final class Tc3Signer {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Tc3Signer() {
    }

    /** The {@code Authorization} header of a POST of {@code payload} to {@code host} for {@code service} at {@code timestamp}. */
    static String authorization(String secretId, String secretKey, String service, String host, long timestamp, String payload) {
        String date = DATE.format(Instant.ofEpochSecond(timestamp));
        String signedHeaders = "content-type;host";
        String canonical = "POST\n/\n\n" + "content-type:" + CONTENT_TYPE + "\n" + "host:" + host + "\n\n" + signedHeaders + "\n"
                + sha256(payload);
        String scope = date + "/" + service + "/tc3_request";
        String toSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + sha256(canonical);
        byte[] key = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, service);
        key = hmac(key, "tc3_request");
        String signature = HexFormat.of().formatHex(hmac(key, toSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
