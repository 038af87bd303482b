package io.dcim.console.text;

import io.dcim.common.persistence.DatabaseUnavailableException;
import io.dcim.console.layout.error.UnavailableAnswer;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that fails because the database is unreachable answers 503 with a {@code Retry-After}
 * hint (it is not the page's fault and will pass), not Wicket's 500 "internal error": a bare page
 * ({@link UnavailableAnswer}), since the console's frame needs the database too. Runs before the
 * application's exception mapper, which keeps every other failure.
 */
public final class DatabaseOutageListener implements IRequestCycleListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageListener.class);

    @Override
    public IRequestHandler onException(RequestCycle cycle, Exception failure) {
        if (!DatabaseUnavailableException.isCause(failure)) {
            return null;
        }
        log.warn("page {}: the database is unreachable ({})", cycle.getRequest().getUrl(), failure.toString());
        return new UnavailableAnswer();
    }
}
