package io.dcim.common.paging;

/**
 * One module's entity joined into another module's query by id, for its name and order in a paged
 * list sorted by the database (one round trip). The owning module subclasses it and names its entity
 * and fields; the caller gives only its alias and the path of its own id column, both checked
 * ({@link HqlNames}), so no query outside the owner names the owner's fields.
 */
public abstract class EntityJoin {

    private final String entity;
    private final String alias;

    protected EntityJoin(String entity, String alias) {
        this.entity = entity;
        this.alias = HqlNames.alias(alias);
    }

    /** Rows whose id ({@code idPath}, e.g. {@code r.siteId}) names an entity; others are left out. */
    public String on(String idPath) {
        return " join " + join(idPath);
    }

    /** Every row, with nulls where the id names none. */
    public String leftOn(String idPath) {
        return " left join " + join(idPath);
    }

    public String name() {
        return field("name");
    }

    protected final String field(String name) {
        return alias + "." + name;
    }

    private String join(String idPath) {
        return entity + " " + alias + " on " + alias + ".id = " + HqlNames.path(idPath);
    }
}
