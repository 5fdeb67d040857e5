package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disk full: the real CLI edits the agent config on a tiny file system filled up so that first the backup,
 * then the new content's temporary file hits ENOSPC. Each time it exits 73 naming the file it could not
 * write, the config keeps its bytes, and no temporary file or partial backup is left. Once there is room
 * again the same command succeeds.
 */
@EnabledOnOs(OS.LINUX)
class DiskFullIT {
    private static final int CANNOT_CREATE = 73;

    @TempDir
    Path dir;

    @Test
    void noSpaceForTheBackupOrTheNewContentLeavesTheOriginalAndNoLitter() throws IOException {
        try (TinyFileSystem fs = TinyFileSystem.mount(dir.resolve("mnt"), dir)) {
            Path config = Fixtures.agent(fs.root());
            byte[] original = Fixtures.bytes(config);
            long block = fs.blockSize();
            long blocksPerCopy = (original.length + block - 1) / block;

            fs.fillLeaving(0);
            String backupFailed = refused(fs, config, original);
            assertThat(backupFailed).as("the backup hit ENOSPC").contains(".bak.aadcfg-");

            fs.fillLeaving(blocksPerCopy);
            String replaceFailed = refused(fs, config, original);
            assertThat(replaceFailed).as("the backup fitted; the new content's temporary file hit ENOSPC")
                    .contains("/." + Fixtures.AGENT + ".aadcfg-").doesNotContain(".bak");

            fs.empty();
            Cli.Result result = proxySet(config);
            assertThat(result.exitCode()).as(result.toString()).isZero();
            JsonObject report = result.json().get(0);
            assertThat(Fixtures.bytes(Path.of(report.get("backup").getAsString()))).isEqualTo(original);
            assertThat(fs.names()).hasSize(2);
            System.out.printf("disk full on a %s (blocks of %d bytes): no space for the backup -> exit 73 (%s); room "
                    + "for the backup only -> exit 73 (%s); original intact and no litter both times; with room "
                    + "again -> changed%n", fs.kind(), block, backupFailed, replaceFailed);
        }
    }

    /** Runs proxy set on a full file system: exit 73, the config unchanged, nothing else left; returns the message. */
    private static String refused(TinyFileSystem fs, Path config, byte[] original) throws IOException {
        long free = fs.usable();
        Cli.Result result = proxySet(config);
        assertThat(result.exitCode()).as("free %d bytes: %s", free, result).isEqualTo(CANNOT_CREATE);
        String message = result.json().get(0).getAsJsonObject("error").get("message").getAsString();
        assertThat(message).contains("No space left on device", "free some disk space", "The file is unchanged");
        assertThat(Files.readAllBytes(config)).isEqualTo(original);
        assertThat(fs.names()).as("no temporary file, no partial backup").isEqualTo(List.of(Fixtures.AGENT));
        return message.substring(message.indexOf("cannot write"));
    }

    private static Cli.Result proxySet(Path config) {
        return Cli.run("proxy", "set", "--address", "http://proxy.contoso.com:8080", "--json", config.toString());
    }
}
