package org.repatria.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout inside {@code store} and {@code server} (issue 11): each package depends only on the ones below it, so a
 * reader can learn the Merkle log without documents, documents without exchanges, and the database engines without
 * any repository.
 */
@AnalyzeClasses(packages = "org.repatria",
        importOptions = {OurModulesOnly.class, ImportOption.DoNotIncludeTests.class})
class PackageLayoutTest {

    private static final String SERVER = "org.repatria.server.";
    private static final String STORE = "org.repatria.store.";

    /** Engines and locks open and guard the database; what is stored in it is the repositories' business. */
    @ArchTest
    static final ArchRule enginesAndLocksKnowNoRepository = noClasses().that().resideInAPackage(STORE + "internal..")
            .should().dependOnClassesThat().resideInAnyPackage(STORE + "party..", STORE + "list..", STORE + "log..",
                    STORE + "exchange..", STORE + "genetic..", STORE + "link..");

    /** The Merkle log appends and proves entries; it knows nothing of what a document, a dispute or an exchange is. */
    @ArchTest
    static final ArchRule theMerkleLogKnowsNoDocuments = noClasses().that().resideInAPackage(SERVER + "log..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER + "document..", SERVER + "dispute..",
                    SERVER + "exchange..", SERVER + "upload..", SERVER + "api..", SERVER + "desk..",
                    SERVER + "identification..", SERVER + "linkage..");

    /** Documents sit on the log and below what is built of them: disputes, exchanges, the desk. */
    @ArchTest
    static final ArchRule documentsKnowNoDisputesOrExchanges = noClasses().that().resideInAPackage(SERVER + "document..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER + "dispute..", SERVER + "exchange..",
                    SERVER + "desk..", SERVER + "identification..", SERVER + "linkage..");

    @ArchTest
    static final ArchRule disputesKnowNoExchanges = noClasses().that().resideInAPackage(SERVER + "dispute..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER + "exchange..", SERVER + "desk..");

    /** The API and the desk are two doors to the same rules: neither calls the other. */
    @ArchTest
    static final ArchRule theApiAndTheDeskDoNotCallEachOther = noClasses().that().resideInAPackage(SERVER + "api..")
            .should().dependOnClassesThat().resideInAPackage(SERVER + "desk..");

    @ArchTest
    static final ArchRule theDeskDoesNotCallTheApi = noClasses().that().resideInAPackage(SERVER + "desk..")
            .should().dependOnClassesThat().resideInAPackage(SERVER + "api..");

    /** The person's page content is gathered once for both doors, so it knows neither (docs/decisions/0157). */
    @ArchTest
    static final ArchRule thePersonsPageContentKnowsNeitherDoor = noClasses().that().resideInAPackage(SERVER + "dossier..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER + "api..", SERVER + "desk..");

    /** List import is one rule that both doors call, so it knows neither. */
    @ArchTest
    static final ArchRule listImportKnowsNeitherDoor = noClasses().that().resideInAPackage(SERVER + "upload..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER + "api..", SERVER + "desk..");
}
