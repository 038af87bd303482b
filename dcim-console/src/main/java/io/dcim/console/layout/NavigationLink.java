package io.dcim.console.layout;

import org.apache.wicket.markup.html.link.Link;

/**
 * A link that only navigates or downloads (a period chosen, a workbook streamed), so it may be a GET; a link that
 * changes something is a {@link PostAction} instead.
 */
public abstract class NavigationLink<T> extends Link<T> implements SafeOnGet {

    protected NavigationLink(String id) {
        super(id);
    }
}
