package io.dcim.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementBatchTest {

    @Test
    void sendsEachFullBatchOfEveryStatementInStepAndTheRestOnFlush() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:statement_batch;DB_CLOSE_DELAY=0")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table parent (id bigint primary key)");
                s.execute("create table child (id bigint primary key, parent_id bigint not null references parent (id))");
            }
            List<Integer> sentAfter = new ArrayList<>();
            try (PreparedStatement parent = c.prepareStatement("insert into parent (id) values (?)");
                    PreparedStatement child = c.prepareStatement("insert into child (id, parent_id) values (?, ?)")) {
                StatementBatch batch = new StatementBatch(500, parent, child);
                for (int id = 1; id <= 1_201; id++) {
                    parent.setLong(1, id);
                    child.setLong(1, id);
                    child.setLong(2, id);
                    if (batch.add()) {
                        sentAfter.add(id);
                    }
                }
                assertThat(count(c, "parent")).as("two full batches sent, the last 201 rows held").isEqualTo(1_000);
                batch.flush();
                batch.flush();
            }

            // The child rows refer to their parents: sending the parents' batch first is what lets them in.
            assertThat(sentAfter).containsExactly(500, 1_000);
            assertThat(count(c, "parent")).isEqualTo(1_201);
            assertThat(count(c, "child")).isEqualTo(1_201);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
