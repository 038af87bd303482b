package io.dcim.web.health;

import io.dcim.common.persistence.Database;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Every request (pages, API) waits at most {@link #WAIT} for a database connection, instead of the pool's ten
 * seconds: while the database is unreachable people and clients get their 503 with {@code Retry-After} within
 * about two seconds, as {@code /health} does. A busy pool that frees a connection within the wait is not
 * affected; background work keeps the pool's whole timeout.
 */
public final class RequestConnectionWait implements Filter {

    /** About a request's patience: short enough to answer promptly, far above a busy pool's usual wait. */
    public static final Duration WAIT = Duration.ofMillis(1500);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (Database.ConnectionWait ignored = Database.waitingAtMost(WAIT)) {
            chain.doFilter(request, response);
        }
    }
}
