package org.qiaoyun.kernel.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

/**
 * Writes a federation's rows into the archive, a table an entry: {@code tables/NN-name.jsonl}, one JSON object a row
 * (column to value; a confidential value as {@code {"sealed": "..."}}), read in primary-key order under one snapshot
 * and hashed as written. The rows stream from the database to the archive: a county of 100,000 cases is never held in
 * memory.
 */
final class ArchiveWriter {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());
    private static final int FETCH = 1_000;

    private final Connection connection;
    private final Schema schema;
    private final PassphraseSeal seal;

    ArchiveWriter(Connection connection, PassphraseSeal seal) throws SQLException {
        this.connection = connection;
        this.schema = new Schema(connection);
        this.seal = seal;
    }

    List<ArchiveManifest.Table> write(List<ArchivedTable> tables, String code, ZipOutputStream zip) throws SQLException, IOException {
        List<ArchiveManifest.Table> written = new ArrayList<>();
        int n = 0;
        for (ArchivedTable table : tables) {
            String entry = String.format(Locale.ROOT, "tables/%02d-%s.jsonl", ++n, table.name());
            zip.putNextEntry(new ZipEntry(entry));
            MessageDigest sha = sha256();
            Map<String, ColumnKind> columns = schema.columns(table.name());
            long rows = rows(table, code, columns, new DigestOutputStream(unclosed(zip), sha));
            zip.closeEntry();
            written.add(new ArchiveManifest.Table(table.owner(), table.name(), entry, rows, HexFormat.of().formatHex(sha.digest()), columns));
        }
        return written;
    }

    private long rows(ArchivedTable table, String code, Map<String, ColumnKind> columns, OutputStream out) throws SQLException, IOException {
        List<String> key = schema.primaryKey(table.name());
        String order = key.isEmpty() ? "" : " order by " + String.join(", ", key);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long count = 0;
        try (PreparedStatement select = connection.prepareStatement("select * from " + table.name() + " where " + table.whose() + order)) {
            select.setFetchSize(FETCH);
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    int i = 1;
                    for (Map.Entry<String, ColumnKind> column : columns.entrySet()) { // select * answers in the table's order
                        row.put(column.getKey(), column.getValue().read(rows, i++));
                    }
                    writeRow(text, columns, table.outgoing().turn(table.name(), row));
                    count++;
                }
            }
        }
        text.flush();
        return count;
    }

    private void writeRow(Writer text, Map<String, ColumnKind> columns, Map<String, Object> row) throws IOException {
        JsonGenerator json = JSON.createGenerator(text);
        json.writeStartObject();
        for (Map.Entry<String, Object> value : row.entrySet()) {
            json.writeKey(value.getKey());
            if (value.getValue() instanceof org.qiaoyun.api.archive.Confidential confidential) {
                json.writeStartObject().write("sealed", Base64.getEncoder().encodeToString(seal.seal(confidential.content()))).writeEnd();
            } else {
                ColumnKind kind = columns.get(value.getKey());
                if (kind == null) {
                    throw new IllegalStateException("a row was turned into a column its table lacks: " + value.getKey());
                }
                kind.write(json, value.getValue());
            }
        }
        json.writeEnd();
        json.flush();
        text.write('\n');
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip's entry as a stream whose closing leaves the zip open. */
    static OutputStream unclosed(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
