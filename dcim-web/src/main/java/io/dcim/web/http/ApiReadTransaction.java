package io.dcim.web.http;

import io.dcim.common.persistence.Database;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An API read ({@code GET}, {@code HEAD}) runs in one transaction from the caller's check to its last query
 * ({@link Database#sharedTransaction}): one connection taken and one commit, where the check, the page and its labels
 * each took their own (issue #11, the API's cost per call). Writes keep a transaction per use case, which must commit
 * before the answer says it did.
 */
public final class ApiReadTransaction implements Filter {

    private static final Logger log = LoggerFactory.getLogger(ApiReadTransaction.class);

    private final Database database;

    public ApiReadTransaction(Database database) {
        this.database = database;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = ((HttpServletRequest) request).getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        Database.SharedTransaction transaction = database.sharedTransaction();
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                transaction.close();
            } catch (RuntimeException e) {
                // The answer is written by now; a read has nothing to lose when its commit fails (the connection went away).
                log.warn("An API read's transaction did not commit: {}", e.toString());
            }
        }
    }
}
