package io.dcim.common.persistence;

/** The two databases the product runs on. Everything else is refused at start-up. */
public enum DatabaseKind {
    H2("H2"),
    POSTGRESQL("PostgreSQL");

    private final String displayName;

    DatabaseKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static DatabaseKind ofJdbcUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("DCIM_DB_URL: unsupported database '" + url.split(";")[0]
                + "'; use jdbc:h2:… or jdbc:postgresql:…");
    }
}
