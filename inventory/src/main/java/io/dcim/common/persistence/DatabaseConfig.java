package io.dcim.common.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is. The password is kept out of {@link #toString()} so that the
 * configuration can be logged.
 */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {

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
        return new DatabaseConfig("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", 10);
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
