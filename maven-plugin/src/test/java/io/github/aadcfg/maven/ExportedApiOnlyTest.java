package io.github.aadcfg.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The plugin is an adapter over the core's exported API: it reaches into no internal package. */
class ExportedApiOnlyTest {
    @Test
    void thePluginUsesOnlyTheCoresExportedPackages() {
        classes().that().resideInAPackage("io.github.aadcfg.maven..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("io.github.aadcfg.core.internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.aadcfg.maven", "io.github.aadcfg.core"));
    }
}
