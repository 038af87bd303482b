package io.dcim.console.layout;

import java.util.Locale;
import org.apache.wicket.Application;

/**
 * How every page words a constant (a lifecycle status, a device kind, a face): one label per
 * constant, kept in the application's bundle ({@code DcimWicketApplication[_zh_CN].properties},
 * keys {@code <EnumSimpleName>.<CONSTANT>}), so that a status reads the same on every page. The
 * English labels are lower case: they sit inside sentences and table cells alike.
 */
public final class Labels {

    private Labels() {
    }

    /** The label of {@code value} in the session's language; "—" for none. */
    public static String of(Enum<?> value) {
        if (value == null) {
            return "—";
        }
        String fallback = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return shared(value.getDeclaringClass().getSimpleName() + "." + value.name(), fallback);
    }

    /** A text of the application's bundle, for code that belongs to no component (crumbs, drawings). */
    public static String shared(String key, String fallback, Object... namesAndValues) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Application.get().getResourceSettings().getLocalizer()
                .getString(key, null, org.apache.wicket.model.Model.ofMap(values), Format.locale(), null, fallback);
    }
}
