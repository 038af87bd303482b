package io.dcim.web.architecture;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The product's compiled classes, imported once per test JVM for every architecture rule. Only our own classes:
 * the rules name packages, our types and a few library types by name, so the libraries' classes need not be
 * resolved from the class path (that resolution cost more than every rule together).
 */
public final class ProductClasses {

    private static JavaClasses product;

    private ProductClasses() {
    }

    public static synchronized JavaClasses get() {
        if (product == null) {
            // Other modules come as jars or class folders depending on the Maven phase; tests of any module
            // (test-classes, *-tests.jar) are not the product.
            ImportOption productOnly = location -> {
                String where = location.asURI().toString();
                return !where.contains("/test-classes/") && !where.contains("-tests.jar");
            };
            ArchConfiguration configuration = ArchConfiguration.get();
            boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
            configuration.setResolveMissingDependenciesFromClassPath(false);
            try {
                product = new ClassFileImporter().withImportOption(productOnly).importPackages("io.dcim");
            } finally {
                configuration.setResolveMissingDependenciesFromClassPath(resolving);
            }
        }
        return product;
    }
}
