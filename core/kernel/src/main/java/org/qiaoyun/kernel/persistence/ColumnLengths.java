package org.qiaoyun.kernel.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * Text longer than its column is refused before the database sees it, naming the field: a 400 that
 * says which input is too long, instead of the database's truncation error (a 500 that names nothing).
 * The limits are read from the database itself (the schema Liquibase made), not from annotations that
 * may say otherwise, and checked on every row a unit inserts or updates, whichever screen, endpoint or
 * import wrote it.
 */
public final class ColumnLengths {

    /** Beyond this a column is unbounded text (PostgreSQL reports {@code text} as about two billion). */
    private static final int UNBOUNDED = 1_000_000;

    private ColumnLengths() {
    }

    /** Puts every entity of the unit under the check; call once when the unit is built. */
    public static void guard(EntityManagerFactory factory, DataSource dataSource) {
        Map<String, Integer> limits = limitsOf(dataSource);
        for (ClassDescriptor descriptor : JpaHelper.getServerSession(factory).getDescriptors().values()) {
            descriptor.getEventManager().addListener(new DescriptorEventAdapter() {
                @Override
                public void aboutToInsert(DescriptorEvent event) {
                    check(descriptor, event.getRecord(), limits);
                }

                @Override
                public void aboutToUpdate(DescriptorEvent event) {
                    check(descriptor, event.getRecord(), limits);
                }
            });
        }
    }

    private static void check(ClassDescriptor descriptor, Object record, Map<String, Integer> limits) {
        if (!(record instanceof AbstractRecord row)) {
            return;
        }
        for (int i = 0; i < row.getFields().size(); i++) {
            if (!(row.getValues().get(i) instanceof String text)) {
                continue;
            }
            DatabaseField field = row.getFields().get(i);
            String table = field.getTableName() == null || field.getTableName().isEmpty()
                    ? descriptor.getTableName() : field.getTableName();
            Integer limit = limits.get(key(table) + "." + key(field.getName()));
            if (limit != null && text.codePointCount(0, text.length()) > limit) {
                String attribute = attributeOf(descriptor, field);
                throw new InvalidInputException(attribute, Text.of("kernel.input.too-long", attribute, limit));
            }
        }
    }

    private static String attributeOf(ClassDescriptor descriptor, DatabaseField field) {
        DatabaseMapping mapping = descriptor.getObjectBuilder().getMappingForField(field);
        return mapping != null ? mapping.getAttributeName() : key(field.getName());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("\"", "");
    }

    /** Every bounded text column of the database, by {@code table.column} and by {@code column} where unique. */
    private static Map<String, Integer> limitsOf(DataSource dataSource) {
        Map<String, Integer> limits = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    int type = columns.getInt("DATA_TYPE");
                    int size = columns.getInt("COLUMN_SIZE");
                    if ((type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR || type == Types.NCHAR)
                            && size > 0 && size < UNBOUNDED) {
                        String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                        String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        limits.put(table + "." + column, size);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's column lengths: " + e.getMessage(), e);
        }
        return limits;
    }
}
