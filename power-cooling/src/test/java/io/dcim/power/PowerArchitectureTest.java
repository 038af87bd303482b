package io.dcim.power;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The collector API's promises, held by the code: a second protocol is an addition (a collector of its own
 * beside {@code snmp}), not a rewrite, because nothing above the collectors knows a protocol's library or types.
 * Main classes only: tests may build SNMP4J objects to drive the simulator.
 */
@AnalyzeClasses(packages = "io.dcim.power", importOptions = ImportOption.DoNotIncludeTests.class)
class PowerArchitectureTest {

    @ArchTest
    static final ArchRule snmp4jStaysInsideTheSnmpPackage = noClasses()
            .that().resideOutsideOfPackage("io.dcim.power.snmp..")
            .should().dependOnClassesThat().resideInAPackage("org.snmp4j..")
            .because("SNMP4J is the SNMP collector's business (issue #11: PollResult leaked OID/Variable)");

    @ArchTest
    static final ArchRule theCollectorApiNamesNoProtocol = classes()
            .that().resideInAPackage("io.dcim.power.collect..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.dcim.power.collect..", "io.dcim.common..",
                    "java..")
            .because("requests, readings and outcomes are the same for SNMP and Redfish");

    @ArchTest
    static final ArchRule theSweepSpeaksOnlyToCollectors = noClasses()
            .that().resideInAPackage("io.dcim.power.polling..")
            .should().dependOnClassesThat().resideInAnyPackage("io.dcim.power.snmp..", "io.dcim.power.profile..")
            .because("the sweep hands requests to the collector of their protocol and stores readings");

    @ArchTest
    static final ArchRule powerPackagesHaveNoCycles = slices().matching("io.dcim.power.(**)")
            .should().beFreeOfCycles();
}
