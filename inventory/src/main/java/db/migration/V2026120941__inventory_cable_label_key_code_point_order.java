package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A cable's label key compares by code point on PostgreSQL too ({@code collate "C"}), as on H2 and as Java's
 * {@code String.compareTo}: the cable service asks for the label keys of a site between the lowest and the
 * highest key of a batch, which finds every taken one only if the database orders keys as Java does, and the
 * cable list then sorts labels the same on both databases whatever the server's locale. A Java migration
 * because H2 has no per-column collation to state (it already compares by code point).
 */
public class V2026120941__inventory_cable_label_key_code_point_order extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("alter table cable alter column label_key type varchar(64) collate \"C\"");
            }
        }
    }
}
