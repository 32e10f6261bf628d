package org.qiaoyun.kernel.archive;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * What an archive says of itself ({@code manifest.json}): its format and version, the federation it holds, when and by
 * whom it was written, how its confidential values are sealed (the passphrase's salt, rounds and a known text sealed),
 * the database changes each part of the platform had applied (so that a platform that lacks some refuses it), and every
 * table with its owner, columns, row count and SHA-256.
 */
record ArchiveManifest(String format, int version, Federation federation, Instant exportedAt, String exportedBy,
                       Sealing sealing, Map<String, List<String>> changes, List<Table> tables) {

    static final String FORMAT = "qiaoyun-federation-archive";
    /** The version this platform writes and the newest it reads. */
    static final int VERSION = 1;
    static final String ENTRY = "manifest.json";
    static final String CHECKSUM_ENTRY = "manifest.sha256";

    record Federation(String code, String nameZh, String nameEn, String level, String divisionCode) {
    }

    record Sealing(String kdf, int rounds, byte[] salt, byte[] check) {
    }

    record Table(String owner, String name, String entry, long rows, String sha256, Map<String, ColumnKind> columns) {
    }

    void write(OutputStream out) {
        JsonObjectBuilder root = Json.createObjectBuilder().add("format", format).add("version", version)
                .add("federation", Json.createObjectBuilder().add("code", federation.code()).add("nameZh", federation.nameZh())
                        .add("nameEn", federation.nameEn()).add("level", federation.level())
                        .add("divisionCode", federation.divisionCode() == null ? JsonValue.NULL : Json.createValue(federation.divisionCode())))
                .add("exportedAt", exportedAt.toString()).add("exportedBy", exportedBy)
                .add("sealing", Json.createObjectBuilder().add("kdf", sealing.kdf()).add("rounds", sealing.rounds())
                        .add("salt", b64(sealing.salt())).add("check", b64(sealing.check())));
        JsonObjectBuilder applied = Json.createObjectBuilder();
        changes.forEach((owner, ids) -> applied.add(owner, Json.createArrayBuilder(ids)));
        root.add("changes", applied);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Table table : tables) {
            JsonObjectBuilder columns = Json.createObjectBuilder();
            table.columns().forEach((name, kind) -> columns.add(name, kind.wireName()));
            list.add(Json.createObjectBuilder().add("owner", table.owner()).add("name", table.name()).add("entry", table.entry())
                    .add("rows", table.rows()).add("sha256", table.sha256()).add("columns", columns));
        }
        root.add("tables", list);
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(root.build());
        }
    }

    /** Reads a manifest; anything missing or of the wrong shape is an {@link IllegalArgumentException}. */
    static ArchiveManifest read(InputStream in) {
        JsonObject root = Json.createReader(in).readObject();
        String format = root.getString("format");
        int version = root.getInt("version");
        if (!FORMAT.equals(format) || version > VERSION) { // told apart by the caller, before the rest is read
            return new ArchiveManifest(format, version, null, null, null, null, Map.of(), List.of());
        }
        JsonObject f = root.getJsonObject("federation");
        Federation federation = new Federation(f.getString("code"), f.getString("nameZh"), f.getString("nameEn"), f.getString("level"),
                f.isNull("divisionCode") ? null : f.getString("divisionCode"));
        JsonObject s = root.getJsonObject("sealing");
        Sealing sealing = new Sealing(s.getString("kdf"), s.getInt("rounds"), unb64(s.getString("salt")), unb64(s.getString("check")));
        Map<String, List<String>> changes = new LinkedHashMap<>();
        root.getJsonObject("changes").forEach((owner, ids) -> changes.put(owner,
                ids.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        List<Table> tables = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("tables")) {
            JsonObject t = value.asJsonObject();
            Map<String, ColumnKind> columns = new LinkedHashMap<>();
            t.getJsonObject("columns").forEach((name, kind) -> columns.put(name, ColumnKind.ofWireName(((JsonString) kind).getString())));
            tables.add(new Table(t.getString("owner"), t.getString("name"), t.getString("entry"), t.getJsonNumber("rows").longValueExact(),
                    t.getString("sha256"), columns));
        }
        return new ArchiveManifest(format, version, federation, Instant.parse(root.getString("exportedAt")), root.getString("exportedBy"),
                sealing, changes, tables);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] unb64(String text) {
        return Base64.getDecoder().decode(text);
    }
}
