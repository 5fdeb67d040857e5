package io.github.aadcfg.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.report.Backup;
import io.github.aadcfg.core.report.BackupKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write path on a file system with Windows's rules ({@link WindowsDisk}): drive letters, backslashes and
 * forward slashes, names in any case, UNC shares, the ACL, DOS flags and alternate data streams carried over,
 * and no POSIX attributes, no directory sync and no lock held over the rename, as on Windows.
 */
class WindowsFileSystemTest {
    private static final String PROXY = "http://proxy.contoso.com:8080";
    private final FileSystem disk = WindowsDisk.ntfs();

    @AfterEach
    void closeDisk() throws IOException {
        disk.close();
    }

    @Test
    void anEditOfTheAgentsConfigOnDriveCKeepsItsBackupBesideIt() throws IOException {
        Path file = WindowsDisk.agentConfigAt(disk, WindowsDisk.AGENT_CONFIG);
        byte[] original = Files.readAllBytes(file);
        ConfigEditor editor = ConfigEditor.builder().build();

        CommitResult result = editor.apply(file, List.of(new SetProxy(ProxySettings.of(PROXY))));

        assertThat(result.status()).isEqualTo(Status.CHANGED);
        assertThat(result.backup().getParent()).isEqualTo(file.getParent());
        assertThat(result.backup().toString()).startsWith(WindowsDisk.AGENT_CONFIG + ".000001.original.");
        assertThat(Files.readAllBytes(result.backup())).isEqualTo(original);
        assertThat(Files.readString(file)).contains("proxyaddress=\"" + PROXY + "\"");
        assertThat(entries(file.getParent())).containsExactlyInAnyOrder(file.getFileName().toString(),
                result.backup().getFileName().toString());
        assertThat(editor.restoreLatest(file).status()).isEqualTo(Status.CHANGED);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void forwardSlashesAndAnotherCaseNameTheSameFileAndItsBackups() {
        Path file = WindowsDisk.agentConfigAt(disk, WindowsDisk.AGENT_CONFIG);
        Path otherSpelling = disk.getPath(WindowsDisk.AGENT_CONFIG.toLowerCase().replace('\\', '/'));
        ConfigEditor editor = ConfigEditor.builder().build();

        CommitResult result = editor.apply(otherSpelling, List.of(new SetProxy(ProxySettings.of(PROXY))));

        assertThat(result.backup().getFileName().toString()).startsWith("AADConnectProvisioningAgent.exe.config.");
        assertThat(editor.backups(file)).extracting(Backup::path).containsExactly(result.backup());
        assertThat(editor.backups(otherSpelling)).extracting(Backup::path).containsExactly(result.backup());
        assertThat(ConfigEditor.distinctFiles(List.of(file, otherSpelling))).containsExactly(file);
        assertThat(editor.apply(file, List.of(new SetProxy(ProxySettings.of(PROXY)))).status())
                .isEqualTo(Status.UNCHANGED);
    }

    @Test
    void underABackupDirectoryDrivesAndUncSharesAreMirroredApart() {
        Path onDrive = WindowsDisk.agentConfigAt(disk, "C:\\agent\\agent.config");
        Path onShare = WindowsDisk.agentConfigAt(disk, "\\\\server\\share\\agent\\agent.config");
        Path onOtherShare = WindowsDisk.agentConfigAt(disk, "\\\\servers\\hare\\agent\\agent.config");
        Path backups = disk.getPath("C:\\aadcfg-backups");
        ConfigEditor editor = ConfigEditor.builder().backupDirectory(backups).build();
        List<SetProxy> edits = List.of(new SetProxy(ProxySettings.of(PROXY)));

        Path fromDrive = editor.apply(onDrive, edits).backup();
        Path fromShare = editor.apply(onShare, edits).backup();
        Path fromOtherShare = editor.apply(onOtherShare, edits).backup();

        assertThat(fromDrive.getParent()).isEqualTo(backups.resolve("C\\agent"));
        assertThat(fromShare.getParent()).isEqualTo(backups.resolve("UNC\\server\\share\\agent"));
        assertThat(fromOtherShare.getParent()).isEqualTo(backups.resolve("UNC\\servers\\hare\\agent"));
        assertThat(editor.backups(onShare)).extracting(Backup::kind).containsExactly(BackupKind.ORIGINAL);
        assertThat(editor.backups(onOtherShare)).extracting(Backup::path).containsExactly(fromOtherShare);
    }

    @Test
    void theAclTheFlagsAndTheAlternateDataStreamsCarryOverToTheBackupAndTheEditedFile() throws IOException {
        Path file = WindowsDisk.agentConfigAt(disk, WindowsDisk.AGENT_CONFIG);
        AclEntry administrators = AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                .setPrincipal(disk.getUserPrincipalLookupService().lookupPrincipalByName("BUILTIN\\Administrators"))
                .setPermissions(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA).build();
        Files.getFileAttributeView(file, AclFileAttributeView.class).setAcl(List.of(administrators));
        Files.setAttribute(file, "dos:hidden", true);
        Files.getFileAttributeView(file, UserDefinedFileAttributeView.class).write("Zone.Identifier",
                ByteBuffer.wrap("[ZoneTransfer]".getBytes(StandardCharsets.US_ASCII)));

        Path backup = ConfigEditor.builder().build().apply(file, List.of(new SetProxy(ProxySettings.of(PROXY)))).backup();

        for (Path copy : List.of(file, backup)) {
            assertThat(Files.getFileAttributeView(copy, AclFileAttributeView.class).getAcl()).as(copy.toString())
                    .containsExactly(administrators);
            assertThat(Files.getAttribute(copy, "dos:hidden")).as(copy.toString()).isEqualTo(true);
            assertThat(Files.getFileAttributeView(copy, UserDefinedFileAttributeView.class).list())
                    .as(copy.toString()).containsExactly("Zone.Identifier");
        }
    }

    @Test
    void onAFileSystemWithoutAccessAttributesTheEditStillLands() throws IOException {
        try (FileSystem bare = WindowsDisk.bare()) {
            Path file = WindowsDisk.agentConfigAt(bare, WindowsDisk.AGENT_CONFIG);

            CommitResult result = ConfigEditor.builder().build().apply(file, List.of(new SetProxy(ProxySettings.of(PROXY))));

            assertThat(result.status()).isEqualTo(Status.CHANGED);
            assertThat(Files.readString(file)).contains(PROXY);
        }
    }

    private static List<String> entries(Path directory) throws IOException {
        try (var listing = Files.list(directory)) {
            return listing.map(p -> p.getFileName().toString()).toList();
        }
    }
}
