package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Backup;
import io.github.aadcfg.core.report.BackupKind;

/**
 * Where a file's backups live and how they are made: {@code <file>.<sequence>.<kind>.<UTC timestamp>.bak}
 * (see {@link BackupName}) beside the file, or, with a backup directory, under it at the file's absolute path
 * (so same-named files of a fleet never collide). A backup is written to a temporary file given the original's
 * access first (mode, ACL, extended attributes, and owner and group where the runner may: see
 * {@link FilePermissions#applyToBackup}), fsynced, read back and compared with the original byte for byte, then
 * renamed into place and its directory fsynced; no one the original did not allow can ever read it.
 *
 * <p><b>Order and retention.</b> Each new backup gets the highest sequence among the file's backups plus one,
 * assigned under the file's lock, so the order of backups is the order they were made whatever the clock
 * said: "latest" is the highest sequence and pruning deletes the lowest. The first backup of a file that has
 * no {@link BackupKind#ORIGINAL original} yet is its original, which is never pruned nor counted in
 * {@code keep}; nor is the backup just made ever pruned.
 *
 * <p><b>Trust.</b> A backup directory, and every directory under it down to a file's, is created
 * {@code rwx------} and must not be owned or writable by another user; see {@link BackupTrust}.
 */
public final class BackupStore {
    /** Oldest first, and total: two names that order alike (written by hand) are still both kept apart. */
    private static final Comparator<BackupName> ORDER = BackupName.OLDEST_FIRST.thenComparing(Object::toString);

    private final Path backupDirectory;
    private final Clock clock;
    /** One scan per directory, shared by the threads of a batch: see {@link DirectoryIndex}. */
    private final ConcurrentHashMap<Path, Optional<DirectoryIndex>> indexes = new ConcurrentHashMap<>();

    /**
     * A store.
     *
     * @param backupDirectory where backups go, or {@code null} for beside each file
     * @param clock           the clock for timestamps
     */
    public BackupStore(Path backupDirectory, Clock clock) {
        this.backupDirectory = backupDirectory == null ? null : backupDirectory.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * The directory holding backups of the file at real path {@code real}: its directory, or under the backup
     * directory the same path, its root spelled as directories (see {@link #rootDirectories}).
     */
    public Path directoryFor(Path real) {
        Path parent = real.toAbsolutePath().getParent();
        if (backupDirectory == null) {
            return parent;
        }
        Path mirrored = backupDirectory;
        for (String part : rootDirectories(parent.getRoot())) {
            mirrored = mirrored.resolve(part);
        }
        for (Path part : parent) {
            mirrored = mirrored.resolve(part.toString());
        }
        return mirrored;
    }

    /**
     * The directories a root becomes under the backup directory: none for {@code /}, the drive letter for
     * {@code C:\}, and {@code UNC}, the server and the share for {@code \\server\share\} (no drive letter is
     * three letters long, and server and share stay apart, so no two roots meet).
     */
    private static List<String> rootDirectories(Path root) {
        String spelled = root == null ? "" : root.toString();
        if (spelled.startsWith("\\\\")) {
            List<String> parts = new ArrayList<>(List.of("UNC"));
            for (String part : spelled.substring(2).split("\\\\")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts;
        }
        String drive = spelled.replaceAll("[:\\\\/]", "");
        return drive.isEmpty() ? List.of() : List.of(drive);
    }

    /**
     * The backups of a file, newest (highest sequence) first.
     *
     * @throws AadcfgException {@code untrusted-backup-directory} when the backup directory could have been
     *                              written by another user (see {@link BackupTrust})
     */
    public List<Backup> list(Path real) {
        Path directory = directoryFor(real);
        requireTrustedDirectory(directory, real);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        String fileName = real.getFileName().toString();
        Map<BackupName, Path> newestFirst = new TreeMap<>(ORDER.reversed());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                Optional<BackupName> name = BackupName.parse(fileName, entry.getFileName().toString());
                if (name.isPresent() && DirectoryIndex.isRegularFile(entry)) {
                    newestFirst.put(name.get(), entry);
                }
            }
            List<Backup> backups = new ArrayList<>(newestFirst.size());
            for (Map.Entry<BackupName, Path> found : newestFirst.entrySet()) {
                BackupName name = found.getKey();
                backups.add(new Backup(found.getValue(), name.sequence(), name.kind(), name.created(),
                        Files.size(found.getValue())));
            }
            return backups;
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "backup-list-failed", real, "cannot list backups in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code candidate} is named as a backup of the file at real path {@code real} and lies in the
     * directory its backups are kept in ({@link #directoryFor}), compared by real paths.
     */
    public boolean isBackupOf(Path real, Path candidate) {
        Path name = candidate.getFileName();
        Path parent = candidate.toAbsolutePath().getParent();
        return name != null && parent != null
                && BackupName.parse(real.getFileName().toString(), name.toString()).isPresent()
                && FileReading.realPathOrIntended(parent).equals(FileReading.realPathOrIntended(directoryFor(real)));
    }

    /**
     * Why {@code backup} of the file at real path {@code real} must not be restored (another user could have
     * written it), or empty when it may be; see {@link BackupTrust}.
     */
    public Optional<String> distrust(Backup backup, Path real) {
        return BackupTrust.distrust(backup.path(), real);
    }

    /**
     * Makes a verified backup of the bytes read under {@code locked}'s lock, except for syncing its directory,
     * which the caller must do with {@link #syncDirectoryOf} before the original is replaced. That lets the
     * sync come after the fsync of the replacement's temporary file: on a file system with one journal (ext4)
     * that fsync has then already made the backup's name durable, and the directory sync costs no second
     * journal commit; elsewhere the directory sync does the work. Either way the backup is durable before the
     * original is replaced.
     *
     * @param kind why it is taken; it is named the {@link BackupKind#ORIGINAL original} instead when the file
     *             has none yet
     * @return the backup's path
     * @throws AadcfgException when the backup cannot be written or does not read back identical
     */
    public Path createDeferringSync(LockedFile locked, BackupKind kind) {
        return create(locked.realPath(), locked.bytes(), locked.file(), locked.permissions(), kind);
    }

    /**
     * Syncs the directory of a backup made by {@link #createDeferringSync}; when that fails, deletes the backup
     * (the original is unchanged, so it would only be litter) and throws.
     *
     * @param file for messages: the config file
     */
    public void syncDirectoryOf(Path backup, Path file) {
        try {
            syncOrRemove(backup.getParent(), backup, file);
        } catch (RuntimeException e) {
            String name = backup.getFileName().toString();
            index(backup.getParent()).ifPresent(index -> index.removeBackup(
                    BackupName.parse(name).map(BackupName::fileName).orElse(""), name));
            throw e;
        }
    }

    private Path create(Path real, byte[] original, Path file, FilePermissions permissions, BackupKind kind) {
        Path directory = directoryFor(real);
        if (backupDirectory != null) { // beside the file, the directory exists and is the file's own
            BackupTrust.createTrusted(backupDirectory, directory, file);
        }
        Path target = uniqueName(directory, nextName(directory, real, kind));
        Path temp = DurableFiles.tempFor(directory, target.getFileName().toString());
        try {
            // its access is given before the content is written, and the same fsync makes both durable
            DurableFiles.writeNew(temp, original, permissions, file, p -> permissions.applyToBackup(p, file));
            // byte for byte: stronger than comparing digests, and without hashing twice per file
            if (!FileContent.holds(temp, original)) {
                throw new AadcfgException(Category.CANNOT_WRITE, "backup-verify", file, "the backup " + temp
                        + " did not read back identical to the original; the disk may be failing. The file is unchanged");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            index(directory).ifPresent(index -> index.addBackup(real.getFileName().toString(),
                    target.getFileName().toString()));
            return target;
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(target, file, e);
        } finally {
            if (temp != null) { // not renamed into place
                DurableFiles.deleteQuietly(temp);
            }
        }
    }

    private static void syncOrRemove(Path directory, Path backup, Path file) {
        try {
            DurableFiles.syncDirectory(directory, file);
        } catch (RuntimeException e) {
            DurableFiles.deleteQuietly(backup);
            throw e;
        }
    }

    /**
     * The name of the backup to make now: the next sequence number, and the original's kind when the file has
     * no original yet. Reads the directory's index, rescanned first when the file changed since the scan
     * (another run may have backed it up meanwhile; see {@link DirectoryIndex#mayMissChangesOf}).
     */
    private BackupName nextName(Path directory, Path real, BackupKind kind) {
        String fileName = real.getFileName().toString();
        List<BackupName> existing = new ArrayList<>();
        Optional<DirectoryIndex> index = indexFor(directory, real);
        if (index.isPresent()) {
            for (String name : index.get().backupsOf(fileName)) {
                BackupName.parse(fileName, name).ifPresent(existing::add);
            }
        } else {
            for (Backup backup : list(real)) {
                BackupName.parse(fileName, backup.path().getFileName().toString()).ifPresent(existing::add);
            }
        }
        long sequence = 1 + existing.stream().mapToLong(BackupName::sequence).max().orElse(0);
        boolean hasOriginal = existing.stream().anyMatch(n -> n.kind() == BackupKind.ORIGINAL);
        return BackupName.next(fileName, sequence, hasOriginal ? kind : BackupKind.ORIGINAL, clock.instant());
    }

    /**
     * Deletes the oldest backups of a file (lowest sequence) until {@code keep} are left, not counting its
     * original; never the original, never {@code justMade}. Call only while holding the file's lock. Uses the
     * directory's index (see {@link DirectoryIndex} for why a stale index never makes it delete a backup that
     * should be kept), so that it costs no directory listing per file.
     *
     * @param justMade the backup this run just made (counted in {@code keep} unless it is the original)
     */
    public void prune(Path real, int keep, Path justMade) {
        String fileName = real.getFileName().toString();
        Path directory = directoryFor(real);
        Optional<DirectoryIndex> index = index(directory);
        List<String> known = new ArrayList<>();
        if (index.isPresent()) {
            known.addAll(index.get().backupsOf(fileName));
        } else {
            list(real).forEach(backup -> known.add(backup.path().getFileName().toString()));
        }
        Map<BackupName, String> rotating = new TreeMap<>(ORDER);
        for (String name : known) {
            BackupName.parse(fileName, name).filter(n -> n.kind() != BackupKind.ORIGINAL)
                    .filter(n -> !name.equals(justMade.getFileName().toString()))
                    .ifPresent(n -> rotating.put(n, name));
        }
        boolean justMadeRotates = BackupName.parse(fileName, justMade.getFileName().toString())
                .map(n -> n.kind() != BackupKind.ORIGINAL).orElse(false);
        int surplus = rotating.size() + (justMadeRotates ? 1 : 0) - keep;
        for (String old : rotating.values().stream().limit(Math.max(0, surplus)).toList()) {
            DurableFiles.deleteQuietly(directory.resolve(old));
            index.ifPresent(i -> i.removeBackup(fileName, old));
        }
    }

    /**
     * Removes temporary files an earlier run left when it was killed: the file's own and its backups', beside
     * it and in the backup directory, never those of another file. Call only while holding the file's lock:
     * then no live run can own them. Looks them up in the directories' indexes (one listing per directory,
     * not per file; see {@link DirectoryIndex}).
     */
    public void sweepTemporaries(Path real) {
        String name = real.getFileName().toString();
        Path fileDirectory = real.toAbsolutePath().getParent();
        Path backupsDirectory = directoryFor(real);
        requireTrustedDirectory(backupsDirectory, real); // first: refused, a run must leave everything as it was
        sweep(fileDirectory, name);
        if (!backupsDirectory.equals(fileDirectory)) {
            sweep(backupsDirectory, name);
        }
    }

    private void requireTrustedDirectory(Path directory, Path real) {
        if (backupDirectory != null) {
            BackupTrust.requireTrusted(backupDirectory, directory, real);
        }
    }

    private void sweep(Path directory, String name) {
        index(directory).ifPresent(index -> {
            for (String temp : index.takeTemporaries(name)) {
                DurableFiles.deleteQuietly(directory.resolve(temp));
            }
        });
    }

    /** The directory's index, scanned on first use (and again when old); empty when it cannot be listed. */
    private Optional<DirectoryIndex> index(Path directory) {
        Optional<DirectoryIndex> index = indexes.get(directory);
        if (index != null && index.isPresent() && !index.get().stale()) {
            return index;
        }
        return indexes.compute(directory, (d, old) -> old != null && old.isPresent() && !old.get().stale() ? old
                : scan(d));
    }

    /** The directory's index, rescanned when {@code real} may have changed since the scan. */
    private Optional<DirectoryIndex> indexFor(Path directory, Path real) {
        Optional<DirectoryIndex> index = index(directory);
        if (index.isPresent() && index.get().mayMissChangesOf(real)) {
            return indexes.compute(directory, (d, old) -> scan(d));
        }
        return index;
    }

    private static Optional<DirectoryIndex> scan(Path directory) {
        try {
            return Optional.of(DirectoryIndex.scan(directory));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // the write itself will report an unusable directory; pruning lists exactly
        }
    }

    private static Path uniqueName(Path directory, BackupName name) {
        Path candidate = directory.resolve(name.toString());
        for (int n = 1; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = directory.resolve(name.withCounter(n).toString());
        }
        return candidate;
    }
}
