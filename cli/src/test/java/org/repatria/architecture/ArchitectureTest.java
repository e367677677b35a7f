package org.repatria.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of DESIGN.md: dependencies point one way ({@code cli → server → store → core});
 * the pure modules know no framework, database or HTTP; no layer-named packages.
 */
@AnalyzeClasses(packages = "org.repatria",
        importOptions = {OurModulesOnly.class, ImportOption.DoNotIncludeTests.class})
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {
        "java.sql..", "javax.sql..", "java.net.http..", "io.javalin..", "org.eclipse.jetty..", "org.jdbi..",
        "org.flywaydb..", "gg.jte..", "tools.jackson..", "com.fasterxml..", "picocli..", "org.apache.poi..",
        "org.openpdf..", "com.zaxxer..", "org.h2..", "org.sqlite..", "org.postgresql.."
    };

    @ArchTest
    static final ArchRule coreDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.repatria.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.repatria.demo..",
                    "org.repatria.lists..", "org.repatria.ledger..", "org.repatria.match..", "org.repatria.kinship..",
                    "org.repatria.store..", "org.repatria.server..", "org.repatria.cli..", "org.repatria.bench..");

    @ArchTest
    static final ArchRule librariesDependOnNothingOfOurs = noClasses()
            .that().resideInAnyPackage("org.repatria.ledger..", "org.repatria.match..", "org.repatria.kinship..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.repatria.core..", "org.repatria.demo..", "org.repatria.lists..", "org.repatria.store..",
                    "org.repatria.server..", "org.repatria.cli..", "org.repatria.bench..");

    /** The demo's scenario is made of the domain's values and nothing else of ours. */
    @ArchTest
    static final ArchRule demoUsesOnlyCore = noClasses().that().resideInAPackage("org.repatria.demo..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.repatria.lists..", "org.repatria.ledger..", "org.repatria.match..", "org.repatria.kinship..",
                    "org.repatria.store..", "org.repatria.server..", "org.repatria.cli..", "org.repatria.bench..");

    @ArchTest
    static final ArchRule ledgerStandsAlone = noClasses().that().resideInAPackage("org.repatria.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage("org.repatria.match..", "org.repatria.kinship..");

    @ArchTest
    static final ArchRule matchStandsAlone = noClasses().that().resideInAPackage("org.repatria.match..")
            .should().dependOnClassesThat().resideInAnyPackage("org.repatria.ledger..", "org.repatria.kinship..");

    @ArchTest
    static final ArchRule kinshipStandsAlone = noClasses().that().resideInAPackage("org.repatria.kinship..")
            .should().dependOnClassesThat().resideInAnyPackage("org.repatria.ledger..", "org.repatria.match..");

    @ArchTest
    static final ArchRule pureModulesKnowNoFramework = noClasses()
            .that().resideInAnyPackage("org.repatria.core..", "org.repatria.demo..", "org.repatria.ledger..",
                    "org.repatria.match..", "org.repatria.kinship..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule storeUsesOnlyCore = noClasses().that().resideInAPackage("org.repatria.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.repatria.server..", "org.repatria.cli..", "org.repatria.bench..", "org.repatria.demo..",
                    "org.repatria.ledger..", "org.repatria.match..", "org.repatria.kinship..");

    @ArchTest
    static final ArchRule listsUsesOnlyCore = noClasses().that().resideInAPackage("org.repatria.lists..")
            .should().dependOnClassesThat().resideInAnyPackage("org.repatria.demo..",
                    "org.repatria.store..", "org.repatria.server..", "org.repatria.cli..", "org.repatria.bench..");

    @ArchTest
    static final ArchRule serverDoesNotReachUp = noClasses().that().resideInAPackage("org.repatria.server..")
            .should().dependOnClassesThat().resideInAnyPackage("org.repatria.cli..", "org.repatria.bench..");

    /** The server seeds the demo through one class, for {@code repatria demo} and the tests that play it. */
    @ArchTest
    static final ArchRule serverUsesTheDemoOnlyToSeedIt = noClasses().that().resideInAPackage("org.repatria.server..")
            .and().doNotHaveFullyQualifiedName("org.repatria.server.DemoScenario")
            .should().dependOnClassesThat().resideInAPackage("org.repatria.demo..");

    @ArchTest
    static final ArchRule cliDoesNotUseBench = noClasses().that().resideInAPackage("org.repatria.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.repatria.bench..");

    @ArchTest
    static final ArchRule packagesAreNamedAfterTheDomain = noClasses()
            .should().resideInAnyPackage("..service..", "..services..", "..impl..", "..util..", "..utils..",
                    "..helper..", "..helpers..", "..manager..", "..common..");

    /** A module's {@code internal} packages are its own business: no other module may reach into them. */
    @ArchTest
    static void internalsStayInTheirModule(JavaClasses classes) {
        for (String module : MODULES) {
            String home = "org.repatria." + module + "..";
            classes().that().resideInAPackage("org.repatria." + module + "..internal..")
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage(home)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    private static final String[] MODULES = {"core", "demo", "ledger", "match", "kinship", "lists", "store", "server", "cli", "bench"};
}
