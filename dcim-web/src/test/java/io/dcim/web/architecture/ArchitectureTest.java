package io.dcim.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodReference;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.dcim.common.access.Permission;
import io.dcim.identity.role.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design's rules (DESIGN.md, "Layers"), held by the compiled classes of every module: each rule
 * names what it protects, and a change that breaks one fails here rather than in review.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {"io.dcim.common..", "io.dcim.inventory..", "io.dcim.identity..",
            "io.dcim.power..", "io.dcim.procurement..", "io.dcim.forecasting.."};
    private static final String[] DOORS = {"io.dcim.console..", "io.dcim.rest.."};

    private static JavaClasses product;

    @BeforeAll
    static void importTheProduct() {
        product = ProductClasses.get();
    }

    /** Who may do what is one table; everything else asks for a permission. */
    @Test
    void rolesAreNamedOnlyByIdentityAndThePageThatAssignsThem() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.dcim.identity..")
                .and().doNotBelongToAnyOf(io.dcim.console.auth.UsersPage.class)
                .should().dependOnClassesThat().areAssignableTo(Role.class)
                .because("permissions are checked by name (" + Permission.DEVICE_MOVE.code() + "); only identity maps roles to them");
        rule.check(product);
    }

    /** inventory's common base (persistence, paging, tables, access) is below every feature. */
    @Test
    void theCommonBaseDependsOnNoFeature() {
        noClasses().that().resideInAPackage("io.dcim.common..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dcim.inventory..", "io.dcim.identity..",
                        "io.dcim.power..", "io.dcim.procurement..", "io.dcim.forecasting..", "io.dcim.app..",
                        "io.dcim.console..", "io.dcim.rest..", "io.dcim.web..")
                .check(product);
    }

    /** Domain modules never reach up into the application's assembly or the doors. */
    @Test
    void domainModulesDependOnNothingAboveThem() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.dcim.app..", "io.dcim.console..", "io.dcim.rest..",
                        "io.dcim.web..")
                .check(product);
    }

    /** The assembly (services registry, background work) serves both doors and knows neither. */
    @Test
    void theAssemblyKnowsNoDoor() {
        noClasses().that().resideInAPackage("io.dcim.app..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dcim.console..", "io.dcim.rest..", "io.dcim.web..")
                .check(product);
    }

    /** The console and the API are siblings: neither calls the other, nor the shell that starts them. */
    @Test
    void theDoorsAreIndependentOfEachOtherAndOfTheShell() {
        noClasses().that().resideInAPackage("io.dcim.console..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dcim.rest..", "io.dcim.web..")
                .check(product);
        noClasses().that().resideInAPackage("io.dcim.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dcim.console..", "io.dcim.web..")
                .check(product);
    }

    /** Doors never open transactions or write queries: the façades and published queries do. */
    @Test
    void doorsDoNotQueryTheDatabase() {
        noClasses().that().resideInAnyPackage(DOORS)
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("the database or a session",
                        call -> call.getTargetOwner().isAssignableTo(io.dcim.common.persistence.Database.class)
                                || call.getTargetOwner().isAssignableTo(org.hibernate.Session.class)
                                || call.getTargetOwner().isAssignableTo(jakarta.persistence.EntityManager.class)))
                .check(product);
    }

    /**
     * The application class mounts every page, so nothing the pages use may lead back to it: components
     * get their services injected ({@code @Inject Services}), the session its clock from the
     * application's metadata. (Feature packages do link to each other's pages, both ways: a cabinet
     * lists its devices, a device names its cabinet; that is navigation, not a cycle of services.)
     */
    @Test
    void nothingInTheConsoleReachesBackToTheApplicationClass() {
        noClasses().that().resideInAPackage("io.dcim.console..")
                .and().doNotBelongToAnyOf(io.dcim.console.DcimWicketApplication.class)
                .should().dependOnClassesThat().belongToAnyOf(io.dcim.console.DcimWicketApplication.class)
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
        noClasses().that().resideInAnyPackage(DOORS)
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

    /**
     * The product changes nothing on a GET: a Wicket {@code Link} runs on one, so the console builds no link that may
     * change something (a change is a PostAction); only links marked SafeOnGet, or Wicket's own that only navigate or
     * download, as the request guard (ChangeOnGetGuard) lets through. Read by reflection: the libraries' classes are not
     * imported, so their hierarchy is not known to ArchUnit.
     */
    @Test
    void theConsoleBuildsNoLinkThatMayChangeSomethingOnAGet() {
        DescribedPredicate<JavaClass> unsafeLink = DescribedPredicate.describe("a Link not marked SafeOnGet",
                ArchitectureTest::unsafeLink);
        noClasses().that().resideInAPackage("io.dcim.console..")
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(unsafeLink))
                .check(product);
        // A library's concrete link built directly (a super() call of a link of our own is that link's own business).
        noClasses().that().resideInAPackage("io.dcim.console..")
                .should().callConstructorWhere(DescribedPredicate.describe("the constructor of a Link not marked SafeOnGet",
                        call -> unsafeLink(call.getTargetOwner()) && !isLink(call.getOriginOwner())))
                .check(product);
    }

    /**
     * A page is serialized into the page store, and javac's {@code $deserializeLambda$} tells serializable method
     * references apart by the method they name, not by the type they were written on: {@code Site::getId} and
     * {@code Tenant::getId} both name {@code Identified.getId}, and a device list read back from the store threw a
     * ClassCastException (Tenant to Site). A lambda has a method of its own ({@code entity -> entity.getId()}).
     */
    @Test
    void theConsoleNamesNoInheritedEntityGetterByMethodReference() {
        classes().that().resideInAPackage("io.dcim.console..")
                .should(new ArchCondition<JavaClass>("name no method of an entity's mapped superclass by a method reference") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        for (JavaMethodReference reference : type.getMethodReferencesFromSelf()) {
                            if (reference.getTargetOwner().isAnnotatedWith(MappedSuperclass.class)) {
                                events.add(SimpleConditionEvent.violated(reference, reference.getDescription()));
                            }
                        }
                    }
                })
                .check(product);
    }

    private static boolean unsafeLink(JavaClass type) {
        return isLink(type) && !io.dcim.console.auth.ChangeOnGetGuard.safeOnGet(type.reflect());
    }

    private static boolean isLink(JavaClass type) {
        try {
            return org.apache.wicket.markup.html.link.Link.class.isAssignableFrom(type.reflect());
        } catch (RuntimeException | LinkageError e) {
            return false; // not on the class path (an optional dependency's type): not a Wicket link either
        }
    }
}
