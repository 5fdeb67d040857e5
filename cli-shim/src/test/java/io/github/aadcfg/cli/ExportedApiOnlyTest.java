package io.github.aadcfg.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The CLI is an adapter over the core's exported API, and its packages have no cycle. */
class ExportedApiOnlyTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.aadcfg.cli");

    @Test
    void theCliUsesOnlyTheCoresExportedPackages() {
        classes().that().resideInAPackage("io.github.aadcfg.cli..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("io.github.aadcfg.core.internal..")
                .check(CLASSES);
    }

    @Test
    void theCliPackagesHaveNoCycle() {
        slices().matching("io.github.aadcfg.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
