package io.dcim.common.persistence;

/** The two databases the product runs on. Everything else is refused at start-up. */
public enum DatabaseKind {
    H2("H2", "org.h2.Driver"),
    POSTGRESQL("PostgreSQL", "org.postgresql.Driver");

    private final String displayName;
    private final String driverClassName;

    DatabaseKind(String displayName, String driverClassName) {
        this.displayName = displayName;
        this.driverClassName = driverClassName;
    }

    /**
     * The JDBC driver, named so that the pool loads it from the caller's class loader instead of
     * asking {@code DriverManager}, which registers drivers once per JVM from the first class loader
     * that asked and then refuses them to code loaded by another (a second benchmark run by
     * {@code exec:java} in Maven's JVM got "No suitable driver").
     */
    public String driverClassName() {
        return driverClassName;
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
