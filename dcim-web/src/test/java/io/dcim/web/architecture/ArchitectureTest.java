package io.dcim.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.dcim.common.access.Permission;
import io.dcim.identity.role.Role;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design's rules (DESIGN.md, "Layers"), held by the compiled classes of every module: each rule
 * names what it protects, and a change that breaks one fails here rather than in review.
 */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importTheProduct() {
        // The other modules come as jars or class folders depending on the Maven phase; tests of
        // any module (test-classes, *-tests.jar) are not the product.
        ImportOption productOnly = location -> {
            String where = location.asURI().toString();
            return !where.contains("/test-classes/") && !where.contains("-tests.jar");
        };
        product = new ClassFileImporter().withImportOption(productOnly).importPackages("io.dcim");
    }

    /** Who may do what is one table; everything else asks for a permission. */
    @Test
    void rolesAreNamedOnlyByIdentityAndThePageThatAssignsThem() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.dcim.identity..")
                .and().doNotBelongToAnyOf(io.dcim.web.auth.UsersPage.class)
                .should().dependOnClassesThat().areAssignableTo(Role.class)
                .because("permissions are checked by name (" + Permission.DEVICE_MOVE.code() + "); only identity maps roles to them");
        rule.check(product);
    }

    /** inventory's common base (persistence, paging, tables, access) is below every feature. */
    @Test
    void theCommonBaseDependsOnNoFeature() {
        noClasses().that().resideInAPackage("io.dcim.common..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dcim.inventory..", "io.dcim.identity..",
                        "io.dcim.power..", "io.dcim.procurement..", "io.dcim.forecasting..", "io.dcim.web..")
                .check(product);
    }

    /** Domain modules never reach up into the doors. */
    @Test
    void noModuleDependsOnTheDoors() {
        noClasses().that().resideOutsideOfPackage("io.dcim.web..")
                .should().dependOnClassesThat().resideInAPackage("io.dcim.web..")
                .check(product);
    }

    /** Users and tokens are identity's; the domain modules know a Caller, not how it signed in. */
    @Test
    void domainModulesKnowCallersNotUsers() {
        noClasses().that().resideInAnyPackage("io.dcim.inventory..", "io.dcim.power..", "io.dcim.procurement..",
                        "io.dcim.forecasting..")
                .should().dependOnClassesThat().resideInAPackage("io.dcim.identity..")
                .check(product);
    }

    /** Pages and the API change entities only through the application layer, never by their setters. */
    @Test
    void doorsDoNotCallEntitySetters() {
        noClasses().that().resideInAPackage("io.dcim.web..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("an entity's setter",
                        call -> call.getTargetOwner().isAnnotatedWith(Entity.class) && call.getName().startsWith("set")))
                .check(product);
    }

    /** Use cases (façades) belong to the domain modules, so that every door reaches the same ones. */
    @Test
    void facadesLiveInTheDomainModules() {
        classes().that().haveSimpleNameEndingWith("Facade")
                .should().resideInAnyPackage("io.dcim.inventory..", "io.dcim.power..", "io.dcim.procurement..",
                        "io.dcim.forecasting..", "io.dcim.identity..")
                .check(product);
    }
}
