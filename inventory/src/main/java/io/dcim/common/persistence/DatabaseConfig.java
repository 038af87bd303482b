package io.dcim.common.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is. The password is kept out of {@link #toString()} so that the
 * configuration can be logged.
 */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {

    /** H2's page cache for the embedded file database, 256 MB. */
    static final int H2_CACHE_KB = 256 * 1024;

    /**
     * Statements H2 keeps prepared per connection, 8 by default. A kept statement is neither parsed nor planned
     * again, and while the tables it reads are unchanged H2 answers it with its last result. A console page now
     * runs some dozens of distinct statements (tags, custom fields, power feeds), so 8 were evicted before their
     * next use, parsed and planned again and the dashboard's grouped scans of the site's cards and devices run
     * again at every call (930 samples of the new jar's dashboard, 92 of the old jar's for the same two queries,
     * whose handful of statements stayed kept: JFR of both jars, bench-web side by side). A kept result is one
     * page's rows; H2 keeps none beyond its in-memory row limit.
     */
    static final int H2_QUERY_CACHE_SIZE = 256;

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
    }

    /** The embedded default: an H2 file database under the data directory. */
    public static DatabaseConfig h2File(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("dcim");
        // DB_CLOSE_ON_EXIT=FALSE: we close the pool ourselves on shutdown, in order.
        // CACHE_SIZE (KB): H2 keeps 16 MB of pages by default whatever the heap, and the full demo's file is
        // hundreds of MB, so the whole site's cabling check spent 46% of its time re-reading and decoding pages
        // it had just evicted (JFR), the 100,000-cable import 15%. The cache is a ceiling, filled only as
        // pages are read: a small site costs no more than before.
        return new DatabaseConfig("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + H2_CACHE_KB
                + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE, "sa", "", 10);
    }

    public DatabaseKind kind() {
        return DatabaseKind.ofJdbcUrl(url);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "****")
                + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
