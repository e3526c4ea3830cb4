package org.crosscheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of the brief, checked on the compiled main classes. */
@AnalyzeClasses(packages = "org.crosscheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiImportsJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.crosscheck.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
            .because("the analysis core must run headless, driven by the CLI and the tests");

    @ArchTest
    static final ArchRule onlyTheCoreNlpAdapterImportsStanford = noClasses()
            .that().resideOutsideOfPackage("org.crosscheck.nlp.corenlp..")
            .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
            .because("CoreNLP's types are converted to Crosscheck's records at the adapter and go no further");

    @ArchTest
    static final ArchRule onlyTheSemanticPackageRunsTheModel = noClasses()
            .that().resideOutsideOfPackage("org.crosscheck.semantic..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "ai.djl..", "dev.langchain4j..")
            .because("the embedding model, its runtime and its tokenizer stay behind SentenceEncoder");

    @ArchTest
    static final ArchRule onlyTheStoreImportsJdbc = noClasses()
            .that().resideOutsideOfPackage("org.crosscheck.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("the project file's format and transactions are the store's business alone");

    @ArchTest
    static final ArchRule coreDoesNotDependOnCliOrUi = noClasses()
            .that().resideInAnyPackage("org.crosscheck.load..", "org.crosscheck.nlp..",
                    "org.crosscheck.normalize..", "org.crosscheck.claims..", "org.crosscheck.align..",
                    "org.crosscheck.store..", "org.crosscheck.export..", "org.crosscheck.project..",
                    "org.crosscheck.review..", "org.crosscheck.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.cli..", "org.crosscheck.ui..")
            .because("the CLI and the GUI sit on top of the core and call the same services");

    @ArchTest
    static final ArchRule theUiTalksToTheServiceNotToTheMachinery = noClasses()
            .that().resideInAPackage("org.crosscheck.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.load..", "org.crosscheck.nlp.corenlp..",
                    "org.crosscheck.semantic..", "org.crosscheck.align..", "org.crosscheck.store..",
                    "org.crosscheck.export..", "org.crosscheck.cli..", "org.crosscheck.eval..", "org.crosscheck.bench..",
                    "org.apache.commons.csv..", "java.sql..")
            .because("the window runs the analysis, reads and writes files through the service; it may hold the "
                    + "records the service hands it (facts, claims, entities, a review comparison)");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("org.crosscheck.(**)")
            .should().beFreeOfCycles()
            .because("the packages follow the data flow (load -> nlp -> claims -> align -> store -> export), "
                    + "so a dependency that runs back up the flow is a design error, not a shortcut");
}
