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
            first = db.read(session -> session);
            second = db.inTransaction(session -> {
                session.persist(new Tenant("kept to the end", TenantKind.ENTERPRISE));
                return session;
            });
            assertThat(second).as("the second work joined the first's session").isSameAs(first);
            assertThat(first.isOpen()).as("still open between two pieces of work").isTrue();
            assertThat(countFromAnotherThread(db)).as("nothing committed before the scope ends").isZero();
        }
        assertThat(first.isOpen()).isFalse();
        assertThat(countFromAnotherThread(db)).isEqualTo(1);
        Session after = db.read(session -> session);
        assertThat(after).as("after the scope, each transaction is its own again").isNotSameAs(first);
    }

    @BothDatabases
    void workDoneSeparatelyCommitsAtOnceAndTheScopeGoesOn(Database db) {
        try (Database.SharedTransaction ignored = db.sharedTransaction()) {
            Session shared = db.read(session -> session);
            Session own = db.separately(session -> {
                session.persist(new Tenant("counted at once", TenantKind.ENTERPRISE));
                return session;
            });
            assertThat(own).isNotSameAs(shared);
            assertThat(countFromAnotherThread(db)).isEqualTo(1);
            Session back = db.read(session -> session);
            assertThat(back).as("the scope's own transaction is back").isSameAs(shared);
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
            Session shared = db.read(session -> session);
            try (Database.SharedTransaction inner = db.sharedTransaction()) {
                Session joined = db.read(session -> session);
                assertThat(joined).isSameAs(shared);
            }
            assertThat(shared.isOpen()).as("the inner scope's end is not the outer's").isTrue();
        }
    }

    private static long countFromAnotherThread(Database db) {
        return CompletableFuture.supplyAsync(() -> db.read(session -> session.createQuery("select count(t) from Tenant t",
                Long.class).getSingleResult())).join();
    }
}
