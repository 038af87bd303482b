package io.dcim.common.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells the pool that a connection which failed with a connection exception is broken and must not be handed out
 * again. The pool evicts on SQL state class 08 by itself, but H2's client reports a connection its server dropped
 * as "database is already closed" (90121), a connection exception of another state: such connections went back
 * to the pool and failed every request after the database was reachable again.
 */
public final class BrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        return failure instanceof SQLNonTransientConnectionException || failure instanceof SQLTransientConnectionException
                ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
