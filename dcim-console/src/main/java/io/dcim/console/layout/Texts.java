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

    private Texts() {
    }

    /** {@code component}'s text {@code key} with each {@code ${name}} replaced; arguments go name, value, name, value. */
    public static String of(Component component, String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + key);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return component.getString(key, Model.ofMap(values));
    }
}
