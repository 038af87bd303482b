package io.dcim.common.error;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence people read, by key and arguments, resolved per locale at the door
 * ({@link Messages#text}). Arguments that are themselves messages (the name of a kind of object,
 * say) are resolved in the same locale. A message written before keys existed is a
 * {@link #literal}: it reads the same in every locale.
 *
 * @param key      {@code <module>.<feature>.<what>}, e.g. {@code common.field.required}; null for a literal
 * @param args     {@link java.text.MessageFormat} arguments
 * @param fallback the text when the key has no entry (a literal's whole text)
 */
public record Message(String key, List<Object> args, String fallback) implements Serializable {

    public Message {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args), null);
    }

    public static Message literal(String text) {
        return new Message(null, List.of(), text);
    }

    /** The name of a kind of object ({@code entity.Device}), or {@code fallback} when the bundle has none. */
    public static Message noun(Class<?> type, String fallback) {
        return new Message("common.entity." + type.getSimpleName(), List.of(), fallback);
    }

    /**
     * One object named by its kind and its own name or number ("device IM-1", "设备 IM-1"): the kind
     * is {@link #noun}, so it reads in the viewer's language while the name stays as stored.
     */
    public static Message named(Class<?> type, String fallback, Object name) {
        return of("common.object.named", noun(type, fallback), String.valueOf(name));
    }

    /** The English text, for logs and the API's default. */
    @Override
    public String toString() {
        return Messages.text(this, java.util.Locale.ROOT);
    }
}
