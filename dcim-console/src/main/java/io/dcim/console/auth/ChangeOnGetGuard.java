package io.dcim.console.auth;

import io.dcim.console.layout.PostAction;
import io.dcim.console.layout.SafeOnGet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.wicket.core.request.handler.ComponentNotFoundException;
import org.apache.wicket.core.request.handler.ListenerRequestHandler;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.OrderByLink;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.DownloadLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.navigation.paging.PagingNavigationIncrementLink;
import org.apache.wicket.markup.html.navigation.paging.PagingNavigationLink;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.IRequestHandlerDelegate;
import org.apache.wicket.request.component.IRequestableComponent;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;

/**
 * The product changes nothing on a GET. A Wicket {@code Link} runs its {@code onClick} when its listener URL is
 * requested, by a GET: a link that changed data would do so for anything that fetches the URL (a prefetch, a crawler,
 * a reload). Such a request (by any method but POST: a HEAD runs the listener too) is refused here, in one place,
 * unless the link is marked {@link SafeOnGet} (it only navigates or downloads) or is one of Wicket's own that only do
 * that; so is one addressed to a {@link PostAction}'s form, which changes things by definition. Ajax behaviours
 * (called on a component, with a behaviour index) and other forms are left alone.
 *
 * <p>403, as the console answers every other refused call of a control (a forged or cross-site one): the container
 * shows the console's own refusal page for it, where a 405 would get the server's bare answer.
 */
public final class ChangeOnGetGuard implements IRequestCycleListener {

    /** Wicket's links that only navigate (paging, sorting) or download: they need no marker. */
    private static final List<Class<?>> WICKET_SAFE = List.of(BookmarkablePageLink.class, ResourceLink.class,
            DownloadLink.class, PagingNavigationLink.class, PagingNavigationIncrementLink.class, OrderByLink.class);

    /** True for a link that may be followed by a GET; the architecture test asks the same of every console class. */
    public static boolean safeOnGet(Class<?> link) {
        return SafeOnGet.class.isAssignableFrom(link) || WICKET_SAFE.stream().anyMatch(safe -> safe.isAssignableFrom(link));
    }

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        IRequestHandler actual = handler;
        while (actual instanceof IRequestHandlerDelegate delegate) {
            actual = delegate.getDelegateHandler();
        }
        if (actual instanceof ListenerRequestHandler listener && listener.getBehaviorIndex() == null
                && cycle.getRequest().getContainerRequest() instanceof HttpServletRequest http
                && !"POST".equalsIgnoreCase(http.getMethod()) && changes(listener)) {
            throw new AbortWithHttpErrorCodeException(403, "a control that changes something was called by a GET");
        }
    }

    private static boolean changes(ListenerRequestHandler listener) {
        IRequestableComponent component;
        try {
            component = listener.getComponent();
        } catch (ComponentNotFoundException e) {
            return false; // Wicket answers it (a stateless page drawn again, or the console's 403)
        }
        return component instanceof Link<?> && !safeOnGet(component.getClass())
                || component instanceof PostAction.PostForm;
    }
}
