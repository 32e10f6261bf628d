package org.qiaoyun.kernel.archive;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * The kinds of column values an archive carries, each with its one way to be read from the database, written as JSON,
 * read back and bound again; named in the manifest beside each column, so that the archive does not depend on the
 * database it came from (H2 or PostgreSQL).
 */
enum ColumnKind {
    TEXT, INTEGER, BIGINT, DECIMAL, BOOLEAN, DATE, TIMESTAMPTZ, BYTES;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ColumnKind ofWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The kind of a column as the database describes it; a kind the archive cannot carry is a platform's fault. */
    static ColumnKind of(ResultSetMetaData meta, int column) throws SQLException {
        String typeName = meta.getColumnTypeName(column).toLowerCase(Locale.ROOT);
        return switch (meta.getColumnType(column)) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR -> TEXT;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.BIGINT -> BIGINT;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMPTZ;
            // PostgreSQL's driver reports timestamptz as TIMESTAMP: its type name tells
            case Types.TIMESTAMP -> typeName.contains("tz") || typeName.contains("time zone") ? TIMESTAMPTZ : unsupported(meta, column);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
            default -> unsupported(meta, column);
        };
    }

    private static ColumnKind unsupported(ResultSetMetaData meta, int column) throws SQLException {
        throw new IllegalStateException("the archive carries no column of type " + meta.getColumnTypeName(column) + " ("
                + meta.getTableName(column) + "." + meta.getColumnName(column) + ")");
    }

    /** The column's value as the archive's rows hold it. */
    Object read(ResultSet rows, int column) throws SQLException {
        Object value = switch (this) {
            case TEXT -> rows.getString(column);
            case INTEGER -> rows.getInt(column);
            case BIGINT -> rows.getLong(column);
            case DECIMAL -> rows.getBigDecimal(column);
            case BOOLEAN -> rows.getBoolean(column);
            case DATE -> rows.getObject(column, LocalDate.class);
            case TIMESTAMPTZ -> rows.getObject(column, OffsetDateTime.class);
            case BYTES -> rows.getBytes(column);
        };
        return rows.wasNull() ? null : value;
    }

    void write(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (this) {
            case TEXT -> json.write((String) value);
            case INTEGER -> json.write(((Number) value).intValue());
            case BIGINT -> json.write(((Number) value).longValue());
            case DECIMAL -> json.write(((BigDecimal) value).toPlainString()); // as text: no float on the way
            case BOOLEAN -> json.write((Boolean) value);
            case DATE, TIMESTAMPTZ -> json.write(value.toString());
            case BYTES -> json.write(Base64.getEncoder().encodeToString((byte[]) value));
        }
    }

    Object parse(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (this) {
            case TEXT -> ((JsonString) value).getString();
            case INTEGER -> ((JsonNumber) value).intValueExact();
            case BIGINT -> ((JsonNumber) value).longValueExact();
            case DECIMAL -> new BigDecimal(((JsonString) value).getString());
            case BOOLEAN -> value.getValueType() == JsonValue.ValueType.TRUE ? Boolean.TRUE : bool(value);
            case DATE -> LocalDate.parse(((JsonString) value).getString());
            case TIMESTAMPTZ -> OffsetDateTime.parse(((JsonString) value).getString());
            case BYTES -> Base64.getDecoder().decode(((JsonString) value).getString());
        };
    }

    private static Boolean bool(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.FALSE) {
            throw new IllegalArgumentException("not a boolean: " + value);
        }
        return Boolean.FALSE;
    }

    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(parameter, sqlType());
            return;
        }
        switch (this) {
            case TEXT -> statement.setString(parameter, (String) value);
            case INTEGER -> statement.setInt(parameter, ((Number) value).intValue());
            case BIGINT -> statement.setLong(parameter, ((Number) value).longValue());
            case DECIMAL -> statement.setBigDecimal(parameter, (BigDecimal) value);
            case BOOLEAN -> statement.setBoolean(parameter, (Boolean) value);
            case DATE, TIMESTAMPTZ -> statement.setObject(parameter, value);
            case BYTES -> statement.setBytes(parameter, (byte[]) value);
        }
    }

    private int sqlType() {
        return switch (this) {
            case TEXT -> Types.VARCHAR;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIMESTAMPTZ -> Types.TIMESTAMP; // what both drivers bind a null of timestamptz as
            case BYTES -> Types.BINARY;
        };
    }
}
