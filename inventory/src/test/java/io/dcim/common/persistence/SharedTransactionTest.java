package io.dcim.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.NotFoundException;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.testing.BothDatabases;
import java.util.concurrent.CompletableFuture;
import org.hibernate.Session;

/** An API read's one transaction ({@link Database#sharedTransaction}) and the work that goes {@link Database#separately}. */
class SharedTransactionTest {

    @BothDatabases
    void everyTransactionOfTheScopeIsItsFirstAndItCommitsWhenTheScopeCloses(Database db) {
        Session first;
        Session second;
        try (Database.SharedTransaction ignored = db.sharedTransaction()) {
            first = sessionNow(db);
            second = db.inTransaction(persisting("kept to the end"));
            assertThat(second).as("the second work joined the first's session").isSameAs(first);
            assertThat(first.isOpen()).as("still open between two pieces of work").isTrue();
            assertThat(countFromAnotherThread(db)).as("nothing committed before the scope ends").isZero();
        }
        assertThat(first.isOpen()).isFalse();
        assertThat(countFromAnotherThread(db)).isEqualTo(1);
        assertThat(sessionNow(db)).as("after the scope, each transaction is its own again").isNotSameAs(first);
    }

    @BothDatabases
    void workDoneSeparatelyCommitsAtOnceAndTheScopeGoesOn(Database db) {
        try (Database.SharedTransaction ignored = db.sharedTransaction()) {
            Session shared = sessionNow(db);
            Session own = db.separately(persisting("counted at once"));
            assertThat(own).isNotSameAs(shared);
            assertThat(countFromAnotherThread(db)).isEqualTo(1);
            assertThat(sessionNow(db)).as("the scope's own transaction is back").isSameAs(shared);
        }
    }

    @BothDatabases
    void firstWorkThatFailsRollsBackAndTheNextOpensAFreshTransaction(Database db) {
        try (Database.SharedTransaction ignored = db.sharedTransaction()) {
            assertThatThrownBy(() -> db.inTransaction(session -> {
                session.persist(new Tenant("rolled back", TenantKind.ENTERPRISE));
                session.flush();
                throw new NotFoundException("tenant", 42);
            })).isInstanceOf(NotFoundException.class);
            db.execute(session -> session.persist(new Tenant("written after", TenantKind.ENTERPRISE)));
        }
        java.util.List<String> names = db.read(session -> session.createQuery("select t.name from Tenant t", String.class)
                .getResultList());
        assertThat(names).containsExactly("written after");
    }

    @BothDatabases
    void aScopeOpenedInsideATransactionOrAnotherScopeJoinsIt(Database db) {
        try (Database.SharedTransaction outer = db.sharedTransaction()) {
            Session shared = sessionNow(db);
            try (Database.SharedTransaction inner = db.sharedTransaction()) {
                assertThat(sessionNow(db)).isSameAs(shared);
            }
            assertThat(shared.isOpen()).as("the inner scope's end is not the outer's").isTrue();
        }
    }

    /** The session the thread's work runs in at this moment. */
    private static Session sessionNow(Database db) {
        return db.read(session -> session);
    }

    /** Work that persists a tenant and answers the session it ran in. */
    private static java.util.function.Function<Session, Session> persisting(String tenantName) {
        return session -> {
            session.persist(new Tenant(tenantName, TenantKind.ENTERPRISE));
            return session;
        };
    }

    private static long countFromAnotherThread(Database db) {
        return CompletableFuture.supplyAsync(() -> db.read(session -> session.createQuery("select count(t) from Tenant t",
                Long.class).getSingleResult())).join();
    }
}
