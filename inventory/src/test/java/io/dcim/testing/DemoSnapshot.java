package io.dcim.testing;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.common.persistence.StatementBatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seeded database's rows, taken once per test database and copied back whenever a later test asks for the
 * same seeding on a database the test fixture has emptied. Seeding the small demo builds some 20,000 rows
 * through the domain's own rules (seconds, and the web tests ask for it well over a hundred times a run);
 * copying the rows back in JDBC batches takes a fraction of that and gives the same rows, ids and all.
 *
 * <p>Only a seeding that started from an empty database is taken, and the copy is only put back into an empty
 * one, so a test that wrote something first still gets the real seeding. Sequences are left alone: emptying
 * the tables does not rewind them, so new rows never collide with the copied ids.
 */
public final class DemoSnapshot {

    /** Per test database, per seeding (the small demo, the demo with the procurement demo over it...). */
    private static final Map<Database, Map<String, DemoSnapshot>> TAKEN = Collections.synchronizedMap(new IdentityHashMap<>());
    private static final int BATCH = 500;

    private record Table(String name, List<String> columns, List<Object[]> rows) {
    }

    private final List<Table> tables;

    private DemoSnapshot(List<Table> tables) {
        this.tables = tables;
    }

    /** Runs {@code seeding}, or puts back what it wrote the first time when {@code db} is empty again. */
    public static void seed(Database db, Runnable seeding) {
        seed(db, "demo", seeding);
    }

    /**
     * As {@link #seed(Database, Runnable)} for one of several seedings, told apart by {@code name}: the rows of
     * the seeding of that name on that database, which must always be the same seeding.
     */
    public static void seed(Database db, String name, Runnable seeding) {
        try {
            boolean empty = isEmpty(db);
            Map<String, DemoSnapshot> byName = TAKEN.computeIfAbsent(db, k -> Collections.synchronizedMap(new HashMap<>()));
            DemoSnapshot taken = byName.get(name);
            long started = System.nanoTime();
            if (taken != null && empty) {
                taken.restore(db);
                report("copied back", name, db, taken, started);
                return;
            }
            seeding.run();
            if (taken == null && empty) {
                DemoSnapshot snapshot = take(db);
                byName.put(name, snapshot);
                report("seeded and taken", name, db, snapshot, started);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy the seeded rows", e);
        }
    }

    /** One line per seeding, so a run's log shows what the copy saves. */
    private static void report(String what, String name, Database db, DemoSnapshot snapshot, long started) {
        System.err.printf("DemoSnapshot: %s %s, %d rows on %s in %d ms%n", what, name,
                snapshot.tables.stream().mapToInt(t -> t.rows().size()).sum(), db.kind().displayName(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    names.add(table);
                }
            }
        }
        return names;
    }

    private static boolean isEmpty(Database db) throws SQLException {
        // One statement for all ~140 tables rather than a round trip each.
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            boolean empty = TestDatabase.holdingRows(s, tableNames(c)).isEmpty();
            c.rollback();
            return empty;
        }
    }

    private static DemoSnapshot take(Database db) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String name : tableNames(c)) {
                try (ResultSet rs = s.executeQuery("select * from \"" + name + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                    }
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                    if (!rows.isEmpty()) {
                        tables.add(new Table(name, columns, rows));
                    }
                }
            }
            c.rollback();
        }
        return new DemoSnapshot(tables);
    }

    /** Rows go back table by table, so foreign keys are checked neither during nor after the copy. */
    private void restore(Database db) throws SQLException {
        boolean h2 = db.kind() == DatabaseKind.H2;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(h2 ? "set referential_integrity false" : "set session_replication_role = replica");
            try {
                for (Table table : tables) {
                    insert(c, table);
                }
                c.commit();
            } finally {
                s.execute(h2 ? "set referential_integrity true" : "set session_replication_role = default");
                c.commit();
            }
        }
    }

    private static void insert(Connection c, Table table) throws SQLException {
        String sql = "insert into \"" + table.name() + "\" (\"" + String.join("\", \"", table.columns()) + "\") values ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            StatementBatch batch = new StatementBatch(BATCH, insert);
            for (Object[] row : table.rows()) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                batch.add();
            }
            batch.flush();
        }
    }
}
