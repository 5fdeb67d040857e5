package io.github.aadcfg.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupDirectoryTest {
    @TempDir
    Path machineWide;

    @TempDir
    Path configured;

    @Test
    void theParameterComesFirst() throws MojoExecutionException {
        assertThat(BackupDirectory.of(configured.toFile(), Map.of("AADCFG_BACKUP_DIR", machineWide.toString())))
                .contains(configured);
    }

    @Test
    void withoutTheParameterTheEnvironmentVariableIsTheDefault() throws MojoExecutionException {
        assertThat(BackupDirectory.of(null, Map.of("AADCFG_BACKUP_DIR", machineWide.toString()))).contains(machineWide);
    }

    @Test
    void withNeitherBackupsGoBesideEachFile() throws MojoExecutionException {
        assertThat(BackupDirectory.of(null, Map.of())).isEmpty();
        assertThat(BackupDirectory.of(null, Map.of("AADCFG_BACKUP_DIR", ""))).isEmpty();
    }

    @Test
    void aRelativeDirectoryInTheVariableFailsNamingIt() {
        assertThatThrownBy(() -> BackupDirectory.of(null, Map.of("AADCFG_BACKUP_DIR", "backups")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("AADCFG_BACKUP_DIR (the default of backupDirectory): must be an absolute path, "
                        + "was \"backups\"");
    }

    @Test
    void aRelativeParameterIsLeftToMavenWhichResolvesItAgainstTheProject() throws MojoExecutionException {
        assertThat(BackupDirectory.of(new File("backups"), Map.of())).contains(Path.of("backups"));
    }
}
