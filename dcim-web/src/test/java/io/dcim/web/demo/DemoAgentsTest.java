package io.dcim.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.testing.BothDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The demo's agents run on one node of a cluster at a time: two nodes on one database (each its own {@link
 * DemoAgents} over the same pool, as each node's lock is a session of its own), the holder's database session
 * killed as a dead node's would end, and the other node starting the agents within a retry.
 */
class DemoAgentsTest {

    private static final Duration RETRY = Duration.ofMillis(200);

    @BothDatabases
    void oneNodeRunsTheAgentsAndAnotherTakesOverWhenTheHoldersSessionEnds(Database db) throws Exception {
        Node first = new Node();
        Node second = new Node();
        try (DemoAgents a = DemoAgents.start(db, first::start, RETRY)) {
            assertThat(a.running()).as("the first node to try holds").isTrue();
            if (db.kind() == DatabaseKind.H2) {
                return; // one node: nothing to elect
            }
            try (DemoAgents b = DemoAgents.start(db, second::start, RETRY)) {
                Thread.sleep(RETRY.toMillis() * 3);
                assertThat(b.running()).as("a second node waits").isFalse();
                assertThat(second.started.get()).isZero();

                terminateTheLocksSession(db);
                await(() -> b.running() && !a.running());

                assertThat(first.stopped.get()).as("the old holder stopped its agents").isEqualTo(1);
                assertThat(second.started.get()).isEqualTo(1);
            }
            assertThat(second.stopped.get()).as("closing the node stops its agents").isEqualTo(1);
        }
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(advisoryLocksHeld(db)).as("nothing left holding the lock").isZero();
        }
    }

    @BothDatabases
    void agentsThatCannotStartFailASingleNodeAndAreRetriedInACluster(Database db) throws Exception {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.Callable<AutoCloseable> failing = () -> {
            attempts.incrementAndGet();
            throw new java.net.BindException("Address already in use");
        };
        if (db.kind() == DatabaseKind.H2) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoAgents.start(db, failing, RETRY))
                    .as("one node: the start fails with the reason").hasMessageContaining("Address already in use");
            return;
        }
        try (DemoAgents a = DemoAgents.start(db, failing, RETRY)) {
            await(() -> attempts.get() >= 3);
            assertThat(a.running()).as("tried again at each retry").isFalse();
            Node healthy = new Node();
            try (DemoAgents b = DemoAgents.start(db, healthy::start, RETRY)) {
                await(b::running); // the failing node let the lock go: another node runs the agents
            }
        }
    }

    /** As when a node dies: the server ends the session that holds the lock. */
    private static void terminateTheLocksSession(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted"
                    + " and ((classid::bigint << 32) | objid::bigint) = " + DemoAgents.LOCK);
            c.commit();
        }
    }

    private static int advisoryLocksHeld(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and granted"
                     + " and ((classid::bigint << 32) | objid::bigint) = " + DemoAgents.LOCK)) {
            rs.next();
            int held = rs.getInt(1);
            c.rollback();
            return held;
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("within 20 s").isTrue();
    }

    /** A node's agents, counted. */
    private static final class Node {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger stopped = new AtomicInteger();

        AutoCloseable start() {
            started.incrementAndGet();
            return stopped::incrementAndGet;
        }
    }
}
