package io.dcim.inventory.history;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An audited type the history lists, as the module that owns it publishes it: the name pages and URLs use, its
 * entity, its Envers audit table (keyed by {@code id}) and how people name one object of it. The history reads
 * the audit table in its union and loads the entity by id; the label is the owner's business, and may name an
 * inventory object the entity refers to by id through the {@link Names} it is given.
 *
 * @param name       {@code power-feed}; the console's bundle has {@code type.<name>}
 * @param type       the audited entity
 * @param auditTable its audit table, fixed by the owner's migrations
 * @param label      the name people know one object by (a current or a historic state)
 */
public record HistoryKind(String name, Class<?> type, String auditTable, BiFunction<Object, Names, String> label) {

    /** A kind whose objects are named by their own fields alone. */
    public static <T> HistoryKind of(String name, Class<T> type, String auditTable, Function<T, String> label) {
        return new HistoryKind(name, type, auditTable, (object, names) -> label.apply(type.cast(object)));
    }

    /** The names of inventory objects by kind and id ({@code device}, 952 → its asset tag), null if never known. */
    @FunctionalInterface
    public interface Names {
        String of(String kind, long id);
    }
}
