package org.qiaoyun.kernel.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One archive file of audit entries taken out of the log: gzip-compressed JSON lines, one entry per line,
 * {@code {"id":..,"tenant":..,"at":"2026-05-01T08:00:00Z","actor":..,"action":..,"object":..,"summary":..}}
 * (absent values are {@code null}; a summary kept as a text code is written as stored), in the order of
 * {@code at} and {@code id}. Beside it, {@code <file>.sha256} holds the SHA-256 of the compressed file in the
 * form {@code sha256sum -c} checks. The file is written under a temporary name and moved into place once
 * complete and on disk, so that a file by its final name is always whole.
 */
final class AuditArchive implements AutoCloseable {

    private final Path file;
    private final Path partial;
    private final MessageDigest digest;
    private final BufferedWriter out;
    private long entries;
    private boolean finished;

    AuditArchive(Path directory, Instant upTo) {
        try {
            Files.createDirectories(directory);
            String name = "audit-before-" + upTo.toString().replace(":", "").replace("-", "") + ".jsonl.gz";
            this.file = directory.resolve(name);
            this.partial = directory.resolve(name + ".part");
            this.digest = MessageDigest.getInstance("SHA-256");
            OutputStream raw = new DigestOutputStream(Files.newOutputStream(partial), digest);
            this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit archive in " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void write(String id, String tenant, Instant at, String actor, String action, String object, String summary) {
        try {
            out.write("{\"id\":" + json(id) + ",\"tenant\":" + json(tenant) + ",\"at\":" + json(at.toString())
                    + ",\"actor\":" + json(actor) + ",\"action\":" + json(action) + ",\"object\":" + json(object)
                    + ",\"summary\":" + json(summary) + "}\n");
            entries++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit archive " + partial, e);
        }
    }

    long entries() {
        return entries;
    }

    Path file() {
        return file;
    }

    /** Completes the file, puts it on disk under its final name with its checksum beside it; the SHA-256 in hex. */
    String finish() {
        try {
            out.close();
            try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Files.writeString(file.resolveSibling(file.getFileName() + ".sha256"), sha256 + "  " + file.getFileName() + "\n");
            finished = true;
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the audit archive " + file, e);
        }
    }

    /** Without {@link #finish()}: the partial file is removed (the entries stay in the log). */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // it is being thrown away
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // a stray .part file is harmless: it is never read
        }
    }

    static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
