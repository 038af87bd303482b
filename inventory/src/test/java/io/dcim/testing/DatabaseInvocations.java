package io.dcim.testing;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/** The two invocations of a {@link BothDatabases} test, sharing one migrated database per kind. */
final class DatabaseInvocations implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseInvocations.class);

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

    /** Opens (once) and empties (each time) the database of one kind, and hands it to the test. */
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
            return type == TestDatabase.class || type == Database.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestDatabase database = database(context);
            return parameter.getParameter().getType() == Database.class ? database.database() : database;
        }

        private TestDatabase database(ExtensionContext context) {
            ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
            if (kind == DatabaseKind.H2) {
                return store.getOrComputeIfAbsent("H2", k -> TestDatabase.h2(), TestDatabase.class);
            }
            Object reachable = store.getOrComputeIfAbsent("pg-reachable", k -> TestDatabase.postgresReachable());
            if (!(Boolean) reachable) {
                String where = TestDatabase.PG_URL + " as " + TestDatabase.PG_USER;
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("PostgreSQL is not reachable at " + where
                            + " and CI=true: the PostgreSQL variants must run in CI");
                }
                String message = "PostgreSQL not reachable at " + where + ": PostgreSQL variant SKIPPED"
                        + " (under CI=true this fails)";
                store.getOrComputeIfAbsent("pg-warned", k -> {
                    System.err.println("WARNING: " + message);
                    return Boolean.TRUE;
                });
                throw new TestAbortedException(message);
            }
            return store.getOrComputeIfAbsent("PostgreSQL", k -> {
                try {
                    return TestDatabase.postgres();
                } catch (Exception e) {
                    throw new IllegalStateException("could not prepare a PostgreSQL test schema", e);
                }
            }, TestDatabase.class);
        }
    }
}
