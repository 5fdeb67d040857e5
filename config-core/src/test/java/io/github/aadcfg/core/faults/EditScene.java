package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.internal.io.BackupStore;

/**
 * One config file set up for an edit in a {@link BackupMode}, with everything the write path can meet: an owner
 * and group other than the runner's (so the copies are given them), an extended attribute (carried over), old
 * backups to prune and a killed run's temporary files to sweep. The edit runs through a {@link FaultyFileSystem}.
 */
final class EditScene {
    static final String NAME = "agent.config";
    private static final Path SAMPLE = Path.of("..", "testdata", "agent", "AADConnectProvisioningAgent.exe.config");
    private static final int NOBODY = 65534;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    /** A killed run's temporary file of the config file, and of one of its backups. */
    static final String LEFTOVER = "." + NAME + ".aadcfg-00000000000000aa.tmp";
    static final String BACKUP_LEFTOVER = "." + NAME + ".000002.edit.20240101T000000.000Z.bak.aadcfg-00000000000000bb.tmp";

    private final BackupMode mode;
    private final Path directory;
    private final Path file;
    private final Path backupRoot;
    private final Path backups;

    /** Sets the scene up in the empty directory {@code directory}. */
    EditScene(BackupMode mode, Path directory) throws IOException {
        this.mode = mode;
        this.directory = directory.toRealPath();
        Path fileDirectory = Files.createDirectory(this.directory.resolve("files"));
        this.file = fileDirectory.resolve(NAME);
        this.backupRoot = mode == BackupMode.BESIDE ? null : this.directory.resolve("backups");
        this.backups = new BackupStore(backupRoot, CLOCK).directoryFor(file);
        Files.copy(SAMPLE, file);
        Files.getFileAttributeView(file, UserDefinedFileAttributeView.class).write("aadcfg.test",
                ByteBuffer.wrap("kept".getBytes(StandardCharsets.UTF_8)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.setAttribute(file, "unix:uid", NOBODY);
        Files.setAttribute(file, "unix:gid", NOBODY);
        Files.writeString(fileDirectory.resolve(LEFTOVER), "partial");
        if (mode != BackupMode.NEW_BACKUP_DIR) {
            Files.createDirectories(backups);
            byte[] original = Files.readAllBytes(file);
            Files.write(backups.resolve(NAME + ".000001.original.20240101T000000.000Z.bak"), original);
            Files.write(backups.resolve(NAME + ".000002.edit.20240102T000000.000Z.bak"), original);
            Files.writeString(backups.resolve(BACKUP_LEFTOVER), "partial");
        }
        if (mode == BackupMode.BACKUP_DIR) {
            for (Path d = backups; !d.equals(backupRoot.getParent()); d = d.getParent()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    BackupMode mode() {
        return mode;
    }

    /** The directory holding everything: the file's directory and the backup directory. */
    Path directory() {
        return directory;
    }

    /** The directory of the file's backups. */
    Path backups() {
        return backups;
    }

    /** Edits the file through {@code faulty}: sets a proxy, keeping 1 backup besides the original. */
    CommitResult edit(FaultyFileSystem faulty) {
        ConfigEditor.Builder builder = ConfigEditor.builder().keepBackups(1).clock(CLOCK);
        if (backupRoot != null) {
            builder.backupDirectory(faulty.wrap(backupRoot));
        }
        return builder.build().apply(faulty.wrap(file),
                List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080"))));
    }

    /** What {@code path} is to the edit. */
    PathRole roleOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (path.equals(file)) {
            return PathRole.TARGET;
        }
        if (path.equals(file.getParent())) {
            return PathRole.FILE_DIR;
        }
        if (path.equals(backups)) {
            return PathRole.BACKUP_DIR;
        }
        if (name.startsWith("." + NAME + ".") && name.endsWith(".tmp")) {
            return name.contains(".bak.aadcfg-") ? PathRole.BACKUP_TEMP : PathRole.FILE_TEMP;
        }
        if (name.startsWith(NAME + ".") && name.endsWith(".bak")) {
            return PathRole.BACKUP;
        }
        if (backupRoot != null && path.startsWith(backupRoot)) {
            return PathRole.BACKUP_TREE;
        }
        return file.startsWith(path) ? PathRole.ANCESTOR : PathRole.OTHER;
    }
}
