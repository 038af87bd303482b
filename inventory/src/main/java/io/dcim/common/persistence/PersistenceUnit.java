package io.dcim.common.persistence;

import java.util.List;

/**
 * What one module contributes to the shared database: its entity classes. Its Flyway
 * migrations live on the classpath under {@code db/migration}, named
 * {@code V<yyyymmdd><nn>__<module>_<what>.sql} so that the modules' versions never collide.
 */
public interface PersistenceUnit {

    List<Class<?>> entityClasses();
}
