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
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.aadcfg.core.CannotWriteException;
import io.github.aadcfg.core.StorageException;

/**
 * Where a file's backups live and how they are made: {@code <file>.<UTC timestamp>.bak} beside the file,
 * or, with a backup directory, under it at the file's absolute path (so same-named files of a fleet
 * never collide). A backup is written to a temporary file, fsynced, read back and compared by SHA-256,
 * then renamed into place; it never has wider permissions than the original.
 */
public final class BackupStore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** What a backup's name adds to the file's name: {@code .<timestamp>.bak}, with a counter on collisions. */
    private static final String BACKUP_SUFFIX = "\\.(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(\\d+))?\\.bak";

    private final Path backupDirectory;
    private final Clock clock;

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
        Path directory = directoryFor(real);
        FilePermissions permissions = FilePermissions.of(real);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(directory, file, e);
        }
        Path target = uniqueName(directory, real.getFileName().toString() + "." + STAMP.format(clock.instant()));
        Path temp = DurableFiles.tempFor(directory, target.getFileName().toString());
        try {
            DurableFiles.writeNew(temp, original, permissions, file);
            permissions.applyModeTo(temp);
            byte[] readBack = Files.readAllBytes(temp);
            if (!Hashes.sha256(readBack).equals(Hashes.sha256(original))) {
                throw new CannotWriteException("backup-verify", file, "the backup " + temp
                        + " did not read back identical to the original; the disk may be failing. The file is unchanged");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncOrRemove(directory, target, file);
            return target;
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(target, file, e);
        } finally {
            DurableFiles.deleteQuietly(temp);
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

    /** Deletes all but the newest {@code keep} backups of a file. */
    public void prune(Path real, int keep) {
        List<Backup> backups = list(real);
        for (Backup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            DurableFiles.deleteQuietly(old.path());
        }
    }

    /**
     * Removes temporary files an earlier run left when it was killed. Call only while holding the
     * file's lock: then no live run can own them.
     */
    public void sweepTemporaries(Path real) {
        Pattern temp = DurableFiles.tempPattern(real.getFileName().toString(), BACKUP_SUFFIX);
        Path backupsDirectory = directoryFor(real);
        Path[] directories = backupsDirectory.equals(real.toAbsolutePath().getParent())
                ? new Path[] {backupsDirectory} // backups beside the file: one scan covers both
                : new Path[] {real.getParent(), backupsDirectory};
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                    p -> temp.matcher(p.getFileName().toString()).matches())) {
                entries.forEach(DurableFiles::deleteQuietly);
            } catch (IOException ignored) {
                // unreadable directory: the write itself will report it
            }
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
