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
        return new DatabaseConfig("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + H2_CACHE_KB, "sa", "", 10);
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
