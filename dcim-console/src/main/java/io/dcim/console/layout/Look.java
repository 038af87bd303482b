package io.dcim.console.layout;

import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.StringHeaderItem;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.resource.CssResourceReference;
import org.apache.wicket.request.resource.PackageResourceReference;
import org.apache.wicket.util.string.Strings;

/**
 * What every page of the console wears, the sign-in page as much as the signed-in frame: the stylesheet and the
 * tab's icon (without one, browsers ask {@code /favicon.ico} on every page and log its 404).
 */
public final class Look {

    private static final CssResourceReference CSS = new CssResourceReference(Look.class, "dcim.css");
    /** A rack with a green base, drawn in SVG: sharp at every size, and {@code 'self'} for the page's policy. */
    public static final PackageResourceReference ICON = new PackageResourceReference(Look.class, "favicon.svg");

    private Look() {
    }

    public static void render(IHeaderResponse response) {
        response.render(CssHeaderItem.forReference(CSS));
        CharSequence icon = RequestCycle.get().urlFor(ICON, null);
        response.render(StringHeaderItem.forString("<link rel=\"icon\" type=\"image/svg+xml\" href=\""
                + Strings.escapeMarkup(icon) + "\">"));
    }
}
