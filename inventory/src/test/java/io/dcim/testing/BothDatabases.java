package io.dcim.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once on H2 and once on PostgreSQL, each time on emptied tables, with a {@link TestDatabase} or
 * {@link io.dcim.common.persistence.Database} parameter, or a fixture built on that database (a parameter whose
 * class has a constructor taking only the database, such as {@link InventoryFixture}). The PostgreSQL run is
 * skipped, saying why, when no server answers, except under {@code CI=true}, where that is a failure.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseInvocations.class)
public @interface BothDatabases {
}
