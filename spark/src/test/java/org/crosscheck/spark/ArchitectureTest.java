package org.crosscheck.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Spark module sits on top of the core: Spark stays in its job classes, the packages free of cycles. */
@AnalyzeClasses(packages = "org.crosscheck.spark", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule storiesAndInputsArePlainJava = noClasses()
            .that().resideInAnyPackage("org.crosscheck.spark.stories..", "org.crosscheck.spark.input..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
            .because("the grouping rules and the reading of inputs are tested and reused without a cluster");

    @ArchTest
    static final ArchRule theCoreIsCalledThroughItsPublicSteps = noClasses()
            .that().resideInAPackage("org.crosscheck.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.ui..", "org.crosscheck.cli..",
                    "java.sql..")
            .because("the job runs the core's analysis, not its window, its command line or its database");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.crosscheck.spark.(**)")
            .should().beFreeOfCycles();
}
