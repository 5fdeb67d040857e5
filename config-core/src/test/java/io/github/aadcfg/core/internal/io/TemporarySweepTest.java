package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit sweeps the temporary files a killed run left for its own file and that file's backups, and never
 * those of another file whose name starts with the same name, which a live run may be writing.
 */
class TemporarySweepTest {
    private static final String HEX = "0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void onlyTheEditedFilesTemporaryFilesAreSwept() throws IOException {
        Path config = Files.copy(Testdata.AGENT, dir.resolve("a.config"));
        Path own = Files.writeString(dir.resolve(".a.config.aadcfg-" + HEX + ".tmp"), "left by a killed run");
        Path ownBackup = Files.writeString(dir.resolve(".a.config.20250101T000000.000Z.bak.aadcfg-" + HEX + ".tmp"),
                "left by a killed run");
        Path others = Files.writeString(dir.resolve(".a.config.old.config.aadcfg-" + HEX + ".tmp"), "being written");
        Path othersBackup = Files.writeString(
                dir.resolve(".a.config.old.config.20250101T000000.000Z.bak.aadcfg-" + HEX + ".tmp"), "being written");

        CommitResult result = ConfigEditor.builder().build()
                .apply(config, List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080"))));

        assertThat(result.status()).isEqualTo(Status.CHANGED);
        assertThat(own).doesNotExist();
        assertThat(ownBackup).doesNotExist();
        assertThat(others).hasContent("being written");
        assertThat(othersBackup).hasContent("being written");
    }
}
