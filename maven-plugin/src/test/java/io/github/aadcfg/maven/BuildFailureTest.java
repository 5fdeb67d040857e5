package io.github.aadcfg.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.AadcfgException.Category;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildFailureTest {
    private final Path file = Path.of("a.exe.config");

    @Test
    void badDataFailsTheBuildAndLintErrorsNameForce() {
        AadcfgException lintErrors = new AadcfgException(Category.BAD_DATA, "lint-errors", file, "has lint errors");

        assertThatThrownBy(() -> BuildFailure.fail(lintErrors)).isInstanceOf(MojoFailureException.class)
                .hasCause(lintErrors).hasMessage(file + ": has lint errors; to force it with this plugin, set "
                        + "<force>true</force> or -Daadcfg.force=true");
    }

    @Test
    void aHardLinkedFileIsAnExecutionErrorThatNamesForce() {
        AadcfgException hardLinked = new AadcfgException(Category.CANNOT_WRITE, "hard-linked", file, "2 names");

        assertThatThrownBy(() -> BuildFailure.fail(hardLinked)).isInstanceOf(MojoExecutionException.class)
                .hasMessage(file + ": 2 names; " + BuildFailure.FORCE);
    }

    @Test
    void otherErrorsKeepTheirMessageByCodeNotByWording() {
        AadcfgException malformed = new AadcfgException(Category.BAD_DATA, "malformed-xml", file,
                "lint errors, hard-linked");
        AadcfgException locked = new AadcfgException(Category.CONFLICT, "locked", file, "another run holds the lock");

        assertThatThrownBy(() -> BuildFailure.fail(malformed)).isInstanceOf(MojoFailureException.class)
                .hasMessage(malformed.getMessage());
        assertThatThrownBy(() -> BuildFailure.fail(locked)).isInstanceOf(MojoExecutionException.class)
                .hasMessage(locked.getMessage());
    }
}
