package org.qiaoyun.kernel.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.archive.Confidential;

/**
 * Reads an archive and refuses it before anything is written when it is not whole: the manifest must match its
 * checksum, be of this format and of a version this platform reads, open its sealing check under the passphrase, and
 * every table entry must hash to the manifest's figure with the manifest's number of rows.
 */
final class ArchiveReader implements AutoCloseable {

    private final ZipFile zip;
    private final ArchiveManifest manifest;
    private PassphraseSeal seal;

    private ArchiveReader(ZipFile zip, ArchiveManifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens the archive at {@code file} and checks its manifest; refusals name {@code archive}. */
    static ArchiveReader open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException notAZip) {
            throw damaged();
        }
        try {
            byte[] manifestBytes = bytes(zip, ArchiveManifest.ENTRY);
            String checksum = new String(bytes(zip, ArchiveManifest.CHECKSUM_ENTRY), StandardCharsets.US_ASCII).strip();
            if (!HexFormat.of().formatHex(ArchiveWriter.sha256().digest(manifestBytes)).equals(checksum)) {
                throw damaged();
            }
            ArchiveManifest manifest = ArchiveManifest.read(new java.io.ByteArrayInputStream(manifestBytes));
            if (!ArchiveManifest.FORMAT.equals(manifest.format())) {
                throw new InvalidInputException("archive", Text.of("kernel.archive.not-an-archive"));
            }
            if (manifest.version() > ArchiveManifest.VERSION) {
                throw new InvalidInputException("archive", Text.of("kernel.archive.newer-format", manifest.version(), ArchiveManifest.VERSION));
            }
            return new ArchiveReader(zip, manifest);
        } catch (IOException | RuntimeException e) {
            close(zip);
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw damaged();
        }
    }

    ArchiveManifest manifest() {
        return manifest;
    }

    /** Opens the sealing under {@code passphrase}, or refuses naming {@code passphrase}. */
    void unlock(String passphrase) {
        ArchiveManifest.Sealing sealing = manifest.sealing();
        if (!PassphraseSeal.KDF.equals(sealing.kdf()) || sealing.rounds() < 1_000 || sealing.rounds() > 10_000_000) {
            throw damaged();
        }
        PassphraseSeal candidate = PassphraseSeal.of(passphrase == null ? "" : passphrase, sealing.salt(), sealing.rounds());
        if (!candidate.opensCheck(sealing.check())) {
            throw new InvalidInputException("passphrase", Text.of("kernel.archive.wrong-passphrase"));
        }
        seal = candidate;
    }

    /** Every table entry is there, hashes to its figure and has its number of rows; else the archive is damaged. */
    void verify() {
        for (ArchiveManifest.Table table : manifest.tables()) {
            MessageDigest sha = ArchiveWriter.sha256();
            long lines = 0;
            try (InputStream in = new DigestInputStream(entry(table.entry()), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            } catch (IOException e) {
                throw damaged();
            }
            if (lines != table.rows() || !HexFormat.of().formatHex(sha.digest()).equals(table.sha256())) {
                throw damaged();
            }
        }
    }

    /** Hands each row of the table to {@code row}, its values read by the manifest's kinds and its sealed values opened. */
    void rows(ArchiveManifest.Table table, Consumer<Map<String, Object>> row) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(entry(table.entry()), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                row.accept(parse(table, line));
            }
        } catch (IOException | JsonException | IllegalArgumentException | ClassCastException | ArithmeticException e) {
            throw damaged();
        }
    }

    private Map<String, Object> parse(ArchiveManifest.Table table, String line) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(line))) {
            json = reader.readObject();
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> value : json.entrySet()) {
            ColumnKind kind = table.columns().get(value.getKey());
            if (kind == null) {
                throw new IllegalArgumentException("a column the manifest does not name");
            }
            if (value.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                byte[] sealed = Base64.getDecoder().decode(value.getValue().asJsonObject().getString("sealed"));
                try {
                    row.put(value.getKey(), Confidential.of(seal.open(sealed)));
                } catch (IllegalStateException changed) {
                    throw new IllegalArgumentException("a sealed value does not open", changed);
                }
            } else {
                row.put(value.getKey(), kind.parse(value.getValue()));
            }
        }
        return row;
    }

    private InputStream entry(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("no entry " + name);
        }
        return zip.getInputStream(entry);
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("no entry " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(16 * 1024 * 1024);
        }
    }

    static InvalidInputException damaged() {
        return new InvalidInputException("archive", Text.of("kernel.archive.damaged"));
    }

    @Override
    public void close() {
        close(zip);
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written from it
        }
    }
}
