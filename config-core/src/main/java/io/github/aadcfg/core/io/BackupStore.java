package io.github.aadcfg.core.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.aadcfg.core.CannotWriteException;
import io.github.aadcfg.core.StorageException;

/**
 * Where a file's backups live and how they are made: {@code <file>.<UTC timestamp>.bak} beside the file,
 * or, with a backup directory, under it at the file's absolute path (so same-named files of a fleet
 * never collide). A backup is written to a temporary file given the original's access first (mode, ACL, extended
 * attributes, and owner and group where the runner may: see {@link FilePermissions#applyToBackup}), fsynced, read
 * back and compared with the original byte for byte, then renamed into place and its directory fsynced; no one
 * the original did not allow can ever read it.
 */
public final class BackupStore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** What a backup's name adds to the file's name: {@code .<timestamp>.bak}, with a counter on collisions. */
    static final String BACKUP_SUFFIX = "\\.(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(\\d+))?\\.bak";

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

    /** The directory holding backups of the file at real path {@code real}. */
    public Path directoryFor(Path real) {
        Path parent = real.toAbsolutePath().getParent();
        if (backupDirectory == null) {
            return parent;
        }
        Path mirrored = backupDirectory;
        if (parent.getRoot() != null) {
            String root = parent.getRoot().toString().replaceAll("[:\\\\/]", "");
            if (!root.isEmpty()) {
                mirrored = mirrored.resolve(root);
            }
        }
        for (Path part : parent) {
            mirrored = mirrored.resolve(part.toString());
        }
        return mirrored;
    }

    /** The backups of a file, newest first. */
    public List<Backup> list(Path real) {
        Path directory = directoryFor(real);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Pattern name = namePattern(real);
        List<Backup> backups = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                Matcher m = name.matcher(entry.getFileName().toString());
                if (m.matches() && Files.isRegularFile(entry)) {
                    backups.add(new Backup(entry, STAMP.parse(m.group(1), Instant::from), Files.size(entry)));
                }
            }
        } catch (IOException e) {
            throw new StorageException("backup-list-failed", real, "cannot list backups in " + directory + ": "
                    + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing((Backup b) -> b.path().getFileName().toString(),
                BackupStore::compareNames).reversed());
        return backups;
    }

    /**
     * Makes a verified backup of {@code original}, the bytes of the file at {@code real}.
     *
     * @return the backup's path
     * @throws CannotWriteException when the backup cannot be written or does not read back identical
     */
    public Path create(Path real, byte[] original, Path file) {
        return create(real, original, file, FilePermissions.of(real), true);
    }

    /**
     * Makes a verified backup of the bytes read under {@code locked}'s lock, except for syncing its directory,
     * which the caller must do with {@link #syncDirectoryOf} before the original is replaced. That lets the
     * sync come after the fsync of the replacement's temporary file: on a file system with one journal (ext4)
     * that fsync has then already made the backup's name durable, and the directory sync costs no second
     * journal commit; elsewhere the directory sync does the work. Either way the backup is durable before the
     * original is replaced.
     *
     * @return the backup's path
     * @throws CannotWriteException when the backup cannot be written or does not read back identical
     */
    public Path createDeferringSync(LockedFile locked) {
        return create(locked.realPath(), locked.bytes(), locked.file(), locked.permissions(), false);
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
            index(backup.getParent()).ifPresent(index -> index.removeBackup(ownerOf(name), name));
            throw e;
        }
    }

    private static String ownerOf(String backupName) {
        Matcher m = Pattern.compile("(.+)" + BACKUP_SUFFIX).matcher(backupName);
        return m.matches() ? m.group(1) : "";
    }

    private Path create(Path real, byte[] original, Path file, FilePermissions permissions, boolean sync) {
        Path directory = directoryFor(real);
        if (!directory.equals(real.getParent())) { // beside the file, the directory exists: the file is in it
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw DurableFiles.cannotWrite(directory, file, e);
            }
        }
        Path target = uniqueName(directory, real.getFileName().toString() + "." + STAMP.format(clock.instant()));
        Path temp = DurableFiles.tempFor(directory, target.getFileName().toString());
        try {
            // its access is given before the content is written, and the same fsync makes both durable
            DurableFiles.writeNew(temp, original, permissions, file, p -> permissions.applyToBackup(p, file));
            // byte for byte: stronger than comparing digests, and without hashing twice per file
            if (!FileContent.holds(temp, original)) {
                throw new CannotWriteException("backup-verify", file, "the backup " + temp
                        + " did not read back identical to the original; the disk may be failing. The file is unchanged");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            if (sync) {
                syncOrRemove(directory, target, file);
            }
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
     * Deletes all but the newest {@code keep} backups of a file. Call only while holding the file's lock.
     * Uses the directory's index (see {@link DirectoryIndex} for why a stale index never makes it delete a
     * backup that should be kept), so that it costs no directory listing per file.
     */
    public void prune(Path real, int keep) {
        String name = real.getFileName().toString();
        Path directory = directoryFor(real);
        Optional<DirectoryIndex> index = index(directory);
        if (index.isEmpty()) {
            for (Backup old : tail(list(real), keep)) {
                DurableFiles.deleteQuietly(old.path());
            }
            return;
        }
        List<String> known = index.get().backupsOf(name);
        if (known.size() <= keep) {
            return;
        }
        known.sort(BackupStore::compareNames);
        for (String old : known.subList(0, known.size() - keep)) {
            DurableFiles.deleteQuietly(directory.resolve(old));
            index.get().removeBackup(name, old);
        }
    }

    private static <T> List<T> tail(List<T> newestFirst, int keep) {
        return newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size());
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
        sweep(fileDirectory, name);
        if (!backupsDirectory.equals(fileDirectory)) {
            sweep(backupsDirectory, name);
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

    private static Optional<DirectoryIndex> scan(Path directory) {
        try {
            return Optional.of(DirectoryIndex.scan(directory));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // the write itself will report an unusable directory; pruning lists exactly
        }
    }

    private static Path uniqueName(Path directory, String stem) {
        Path candidate = directory.resolve(stem + ".bak");
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = directory.resolve(stem + "-" + n + ".bak");
        }
        return candidate;
    }

    private static Pattern namePattern(Path real) {
        return Pattern.compile(Pattern.quote(real.getFileName().toString()) + BACKUP_SUFFIX);
    }

    /** Orders backup names by timestamp, then by the collision counter. */
    private static int compareNames(String a, String b) {
        String[] pa = splitCounter(a);
        String[] pb = splitCounter(b);
        int byStamp = pa[0].compareTo(pb[0]);
        return byStamp != 0 ? byStamp : Integer.compare(Integer.parseInt(pa[1]), Integer.parseInt(pb[1]));
    }

    private static String[] splitCounter(String name) {
        String stem = name.substring(0, name.length() - ".bak".length());
        int dash = stem.lastIndexOf('-');
        if (dash > stem.lastIndexOf('Z')) {
            return new String[] {stem.substring(0, dash), stem.substring(dash + 1)};
        }
        return new String[] {stem, "0"};
    }
}
