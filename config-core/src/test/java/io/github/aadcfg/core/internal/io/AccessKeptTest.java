package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static io.github.aadcfg.core.internal.io.AccessTools.NOBODY;
import static io.github.aadcfg.core.internal.io.AccessTools.acl;
import static io.github.aadcfg.core.internal.io.AccessTools.nobodyCanRead;
import static io.github.aadcfg.core.internal.io.AccessTools.openToAll;
import static io.github.aadcfg.core.internal.io.AccessTools.setfacl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An edit changes nothing about who may read the file: the replacement and the backup get the original's mode,
 * owner, group, POSIX ACL and extended attributes, and nothing a directory's default ACL would add; a hard-linked
 * file is refused unless forced. Real files, real ACLs ({@code setfacl}), run as root; read as {@code nobody}.
 */
class AccessKeptTest {
    private static final ConfigEdit PROXY = new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080"));

    @TempDir
    Path temp;
    Path dir;
    Path file;
    byte[] original;

    @BeforeEach
    void copySample() throws IOException {
        openToAll(temp);
        dir = Files.createDirectory(temp.resolve("agent"));
        openToAll(dir);
        file = Files.copy(Testdata.AGENT, dir.resolve("AADConnectProvisioningAgent.exe.config"));
        original = Files.readAllBytes(file);
    }

    private CommitResult edit(ConfigEditor editor) {
        CommitResult result = editor.apply(file, List.of(PROXY));
        assertThat(result.status()).isEqualTo(Status.CHANGED);
        return result;
    }

    @Test
    void anAclGrantingTheServiceAccountIsKeptOnTheReplacementAndTheBackup() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        setfacl(file, "-m", "u:nobody:r--");
        String acl = acl(file);
        assertThat(acl).contains("user:" + NOBODY + ":r--").contains("mask::r--");

        CommitResult result = edit(ConfigEditor.builder().build());

        assertThat(acl(file)).isEqualTo(acl);
        assertThat(acl(result.backup())).isEqualTo(acl);
        assertThat(nobodyCanRead(file)).as("the service account can still read the config").isTrue();
        assertThat(nobodyCanRead(result.backup())).isTrue();
        assertThat(Files.readAllBytes(result.backup())).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"beside", "backup-directory"})
    void aDirectorysDefaultAclGivesTheReplacementAndTheBackupNothing(String where) throws IOException {
        Path backupDirectory = Files.createDirectory(temp.resolve("backups"));
        openToAll(backupDirectory);
        setfacl(dir, "-d", "-m", "u:nobody:r--");
        setfacl(backupDirectory, "-d", "-m", "u:nobody:r--");
        Files.delete(file);
        Files.write(file, original); // a file made before the default ACL would have no ACL: make it so
        setfacl(file, "-b");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        String acl = acl(file);
        assertThat(acl).doesNotContain("user:" + NOBODY);
        assertThat(nobodyCanRead(file)).isFalse();
        ConfigEditor editor = ConfigEditor.builder()
                .backupDirectory(where.equals("beside") ? null : backupDirectory).build();

        CommitResult result = edit(editor);

        assertThat(result.backup().startsWith(where.equals("beside") ? dir : backupDirectory)).isTrue();
        for (Path copy : List.of(file, result.backup())) {
            assertThat(acl(copy)).as(copy.toString()).isEqualTo(acl);
            assertThat(nobodyCanRead(copy)).as(copy.toString()).isFalse();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-r-----");
        }
    }

    @Test
    void userExtendedAttributesAreCarriedOver() throws IOException {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        view.write("managed-by", StandardCharsets.UTF_8.encode("puppet"));
        view.write("empty", ByteBuffer.allocate(0));
        Map<String, String> attributes = userAttributes(file);
        assertThat(attributes).containsEntry("managed-by", "puppet").containsEntry("empty", "");

        CommitResult result = edit(ConfigEditor.builder().build());

        assertThat(userAttributes(file)).isEqualTo(attributes);
        assertThat(userAttributes(result.backup())).isEqualTo(attributes);
    }

    private static Map<String, String> userAttributes(Path path) throws IOException {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
        Map<String, String> attributes = new java.util.TreeMap<>();
        for (String name : view.list()) {
            ByteBuffer value = ByteBuffer.allocate(view.size(name));
            view.read(name, value);
            attributes.put(name, new String(value.array(), StandardCharsets.UTF_8));
        }
        return attributes;
    }

    @Test
    void ownerGroupAndModeAreKeptOnTheReplacementAndTheBackup() throws IOException {
        Files.setAttribute(file, "unix:uid", NOBODY);
        Files.setAttribute(file, "unix:gid", NOBODY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        CommitResult result = edit(ConfigEditor.builder().build());

        for (Path copy : List.of(file, result.backup())) {
            assertThat(Files.readAttributes(copy, "unix:uid,gid,mode")).as(copy.toString())
                    .containsEntry("uid", NOBODY).containsEntry("gid", NOBODY).containsEntry("mode", 0100640);
        }
    }

    @Test
    void aHardLinkedFileIsRefusedUnlessForcedThenOnlyTheEditedNameChanges() throws IOException {
        Path otherName = Files.createLink(dir.resolve("other-name.config"), file);
        List<String> before = listing();

        AadcfgException refused = Failures.thrown(Category.CANNOT_WRITE, () -> ConfigEditor.builder().build().apply(file, List.of(PROXY)));

        assertThat(refused.code()).isEqualTo("hard-linked");
        assertThat(refused.category()).isEqualTo(AadcfgException.Category.CANNOT_WRITE);
        assertThat(refused.getMessage()).contains("2 names").contains("split");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(Files.readAllBytes(otherName)).isEqualTo(original);
        assertThat(listing()).as("no backup, no temporary file").isEqualTo(before);

        CommitResult forced = edit(ConfigEditor.builder().force(true).build());

        assertThat(Files.readAllBytes(file)).isNotEqualTo(original);
        assertThat(Files.readAllBytes(otherName)).isEqualTo(original);
        assertThat(Files.readAllBytes(forced.backup())).isEqualTo(original);
    }

    private List<String> listing() throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
