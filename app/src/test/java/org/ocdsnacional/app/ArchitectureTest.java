package org.ocdsnacional.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Dependencies point only the way ARCHITECTURE.md draws them. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProject() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ocdsnacional");
    }

    @Test
    void theStandardLibraryDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.ocdsnacional.ocds..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ocdsnacional.harvester..",
                        "org.ocdsnacional.indexer..", "org.ocdsnacional.api..", "org.ocdsnacional.app..",
                        "org.ocdsnacional.generator..", "org.ocdsnacional.analytics..", "org.ocdsnacional.web..")
                .check(classes);
    }

    /** Flags are pure functions over compiled releases: the indexer uses them ({@code indexer → analytics}). */
    @Test
    void analyticsDependsOnlyOnTheStandardLibrary() {
        noClasses().that().resideInAPackage("org.ocdsnacional.analytics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ocdsnacional.harvester..",
                        "org.ocdsnacional.indexer..", "org.ocdsnacional.api..", "org.ocdsnacional.app..",
                        "org.ocdsnacional.generator..", "org.ocdsnacional.web..")
                .check(classes);
    }

    @Test
    void theGeneratorDependsOnlyOnTheStandardLibrary() {
        noClasses().that().resideInAPackage("org.ocdsnacional.generator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ocdsnacional.harvester..",
                        "org.ocdsnacional.indexer..", "org.ocdsnacional.api..", "org.ocdsnacional.app..",
                        "org.ocdsnacional.web..")
                .check(classes);
    }

    /** The indexer may use {@code ocds} and {@code analytics} (flags in process documents), nothing above. */
    @Test
    void harvesterAndIndexerNeverImportEachOther() {
        noClasses().that().resideInAPackage("org.ocdsnacional.harvester..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ocdsnacional.indexer..",
                        "org.ocdsnacional.api..", "org.ocdsnacional.app..", "org.ocdsnacional.web..")
                .check(classes);
        noClasses().that().resideInAPackage("org.ocdsnacional.indexer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ocdsnacional.harvester..",
                        "org.ocdsnacional.api..", "org.ocdsnacional.app..", "org.ocdsnacional.generator..",
                        "org.ocdsnacional.web..")
                .check(classes);
    }

    @Test
    void theApiReadsOnlyThroughTheIndexer() {
        noClasses().that().resideInAPackage("org.ocdsnacional.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ocdsnacional.harvester..",
                        "org.ocdsnacional.app..", "org.ocdsnacional.web..")
                .check(classes);
    }

    /** The portal reads through the indexer's query layer like the API, and never through the API itself. */
    @Test
    void thePortalReadsOnlyThroughTheIndexer() {
        noClasses().that().resideInAPackage("org.ocdsnacional.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ocdsnacional.harvester..",
                        "org.ocdsnacional.api..", "org.ocdsnacional.app..", "org.ocdsnacional.generator..")
                .check(classes);
    }
}
