package db.migration;

import io.dcim.inventory.site.NaturalOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rooms, rows and cabinets get a stored natural sort key ({@link NaturalOrder#sortKey}), so that the paged lists
 * sort "Hall 2" before "Hall 10" in the database. A Java migration because the key is the same Java function the
 * entities keep it with: neither H2's nor PostgreSQL's SQL can rewrite each run of digits, and two copies of the
 * rule would drift. On PostgreSQL the column compares by code point ({@code collate "C"}), as H2 does, so the
 * order does not depend on the server's locale (a locale collation would skip spaces and punctuation).
 */
public class V2026120660__inventory_natural_sort_keys extends BaseJavaMigration {

    private static final String[] TABLES = {"room", "cabinet_row", "cabinet"};

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement ddl = connection.createStatement()) {
            for (String table : TABLES) {
                ddl.execute("alter table " + table + " add column sort_key varchar(255)" + (postgres ? " collate \"C\"" : ""));
                fill(connection, table);
                ddl.execute("alter table " + table + " alter column sort_key set not null");
            }
        }
    }

    private static void fill(Connection connection, String table) throws SQLException {
        Map<Long, String> keys = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, name from " + table)) {
            while (rows.next()) {
                keys.put(rows.getLong(1), NaturalOrder.sortKey(rows.getString(2)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set sort_key = ? where id = ?")) {
            int batched = 0;
            for (Map.Entry<Long, String> key : keys.entrySet()) {
                update.setString(1, key.getValue());
                update.setLong(2, key.getKey());
                update.addBatch();
                if (++batched % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
