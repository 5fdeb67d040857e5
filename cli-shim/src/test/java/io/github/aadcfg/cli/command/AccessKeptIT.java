package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar keeps a config's ACL on the new file and its backup (the service account reading it through an ACL
 * still can), and refuses a hard-linked file with 73 unless {@code --force} splits the link. Needs
 * {@code setfacl}/{@code getfacl} (Debian's package {@code acl}, installed by {@code .ci/run}); runs as root. JNA, which
 * reads and sets the attributes, unpacks its native library into a private directory, not the user's cache.
 */
class AccessKeptIT {
    private static final String NOBODY = "65534";
    private static final String PROXY = "http://proxy.contoso.com:8080";

    @TempDir
    Path dir;
    Path file;
    byte[] original;

    @BeforeEach
    void agent() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        file = Fixtures.agent(dir);
        original = Files.readAllBytes(file);
    }

    @Test
    void theServiceAccountStillReadsTheConfigAndItsBackupThroughTheAcl() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        run("setfacl", "-m", "u:nobody:r--", file.toString());
        String acl = acl(file);
        assertThat(acl).contains("user:" + NOBODY + ":r--");

        Cli.Result result = Cli.run("proxy", "set", "--address", PROXY, file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path backup = backups().get(0);
        assertThat(Files.readAllBytes(backup)).isEqualTo(original);
        for (Path copy : List.of(file, backup)) {
            assertThat(acl(copy)).as(copy.toString()).isEqualTo(acl);
            assertThat(run("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "cat",
                    copy.toString())).as("nobody reads " + copy).isZero();
        }
    }

    @Test
    void aHardLinkedConfigIsRefusedWith73AndForceSplitsTheLink() throws IOException {
        Path otherName = Files.createLink(dir.resolve("other-name.config"), file);

        Cli.Result refused = Cli.run("proxy", "set", "--address", PROXY, file.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(73);
        assertThat(refused.out() + refused.err()).contains("2 names").contains("--force");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(Files.readAllBytes(otherName)).isEqualTo(original);
        assertThat(backups()).isEmpty();

        Cli.Result forced = Cli.run("proxy", "set", "--address", PROXY, "--force", file.toString());

        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(Files.readString(file)).contains(PROXY);
        assertThat(Files.readAllBytes(otherName)).isEqualTo(original);
        assertThat(Files.readAllBytes(backups().get(0))).isEqualTo(original);
    }

    @Test
    void jnasNativeLibraryIsNotUnpackedWhereAnotherUserCouldSwapIt() throws IOException {
        // JNA's default is $XDG_CACHE_HOME or ~/.cache/JNA: a root run with a user's home would load a library
        // from a directory that user controls
        assertThat(System.getenv("XDG_CACHE_HOME")).as("XDG_CACHE_HOME would hide JNA's default").isNull();
        Path home = Files.createDirectory(dir.resolve("home"));

        Cli.Result result = Cli.run(List.of("-Duser.home=" + home), "", "proxy", "set", "--address", PROXY,
                file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(file)).contains(PROXY);
        try (var entries = Files.list(home)) {
            assertThat(entries.toList()).as("left in the home directory").isEmpty();
        }
    }

    private List<Path> backups() throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".bak")).toList();
        }
    }

    /** The ACL with numeric ids, without the line naming the file. */
    private static String acl(Path path) throws IOException {
        Path out = Files.createTempFile("getfacl", ".out");
        try {
            assertThat(new ProcessBuilder("getfacl", "-n", "--absolute-names", path.toString())
                    .redirectOutput(out.toFile()).start().waitFor()).isZero();
            String listing = Files.readString(out);
            return listing.substring(listing.indexOf('\n') + 1);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            Files.delete(out);
        }
    }

    private static int run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + " (" + e.getMessage() + "); install Debian's "
                    + "package acl (apt-get install acl), as .ci/run does", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
