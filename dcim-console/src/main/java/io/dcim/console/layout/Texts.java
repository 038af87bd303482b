package io.dcim.console.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.wicket.Component;
import org.apache.wicket.model.Model;

/**
 * A sentence of a component's bundle with its variables filled in ({@code ${used} used · ${empty} empty}):
 * the words and their order belong to the language, only the figures come from the code.
 */
public final class Texts {

    private static final java.util.Set<String> MAP_PROPERTIES = java.util.Set.of("empty", "size", "class", "values");

    private Texts() {
    }

    /** {@code component}'s text {@code key} with each {@code ${name}} replaced; arguments go name, value, name, value. */
    public static String of(Component component, String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + key);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            if (MAP_PROPERTIES.contains(name)) {
                // Wicket resolves ${empty} on a map as isEmpty(), not as the value put under "empty".
                throw new IllegalArgumentException("${" + name + "} names a property of the map itself: " + key);
            }
            values.put(name, namesAndValues[i + 1]);
        }
        return component.getString(key, Model.ofMap(values));
    }
}
