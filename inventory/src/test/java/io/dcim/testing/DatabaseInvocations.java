package io.dcim.testing;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/** The two invocations of a {@link BothDatabases} test, sharing one migrated database per kind per test JVM. */
final class DatabaseInvocations implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation(DatabaseKind.H2), invocation(DatabaseKind.POSTGRESQL));
    }

    private static TestTemplateInvocationContext invocation(DatabaseKind kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + kind.displayName() + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Fixture(kind));
            }
        };
    }

    /**
     * Opens (once) and empties (each time) the database of one kind, and hands it to the test: as a parameter of type
     * {@link Database} or {@link TestDatabase}, or built on it, as a parameter whose class has a constructor taking
     * only the {@link Database} (the modules' fixtures, a test's own), so that a test names the fixture it starts from
     * rather than opening with the line that makes it.
     */
    private static final class Fixture implements BeforeEachCallback, ParameterResolver {

        private final DatabaseKind kind;

        Fixture(DatabaseKind kind) {
            this.kind = kind;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            database(context).truncateAll();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == TestDatabase.class || type == Database.class || builtOnDatabase(type).isPresent();
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestDatabase database = database(context);
            Class<?> type = parameter.getParameter().getType();
            if (type == TestDatabase.class) {
                return database;
            }
            if (type == Database.class) {
                return database.database();
            }
            Constructor<?> fixture = builtOnDatabase(type).orElseThrow();
            try {
                return fixture.newInstance(database.database());
            } catch (InvocationTargetException e) {
                throw new ParameterResolutionException("building " + type.getSimpleName() + " failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new ParameterResolutionException("cannot build " + type.getSimpleName(), e);
            }
        }

        /** The constructor taking only the database, if the type has one (a test's own fixture class may be private). */
        private static Optional<Constructor<?>> builtOnDatabase(Class<?> type) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(Database.class);
                constructor.setAccessible(true);
                return Optional.of(constructor);
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }

        private TestDatabase database(ExtensionContext context) {
            return kind == DatabaseKind.H2 ? SharedDatabases.h2() : SharedDatabases.postgres();
        }
    }
}
