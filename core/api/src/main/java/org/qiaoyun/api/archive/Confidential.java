package org.qiaoyun.api.archive;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A value a platform keeps sealed under a key of its own (an ID number, a file's content), opened for a federation's
 * archive: in the archive it is sealed under the archive's passphrase instead, and the platform that imports it seals
 * it again under its own key. Never written anywhere in the clear.
 */
public final class Confidential {

    private final byte[] content;

    private Confidential(byte[] content) {
        this.content = content.clone();
    }

    public static Confidential of(byte[] content) {
        return new Confidential(content);
    }

    public static Confidential of(String text) {
        return new Confidential(text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Confidential other && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    /** Never the value: a row printed in a log or a failed assertion tells nothing. */
    @Override
    public String toString() {
        return "Confidential[" + content.length + " bytes]";
    }
}
