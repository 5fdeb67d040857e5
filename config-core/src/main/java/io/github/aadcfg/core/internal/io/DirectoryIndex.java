package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scan of a directory: its backups and aadcfg temporary files, by the name of the file they belong to.
 *
 * <p>A batch edits many files that share a directory; listing the directory for every file (to sweep
 * temporary files and to prune backups) costs O(files in the directory) per file, O(N²) per batch. A
 * {@link BackupStore} scans each directory once and then looks names up here. What may be stale, and why
 * that is safe:
 * <ul>
 * <li><b>Temporary files.</b> A file's temporary files (its own and its backups') are created only by a run
 * holding the file's lock, which removes or renames them before releasing it. So a temporary file seen by the
 * scan that still exists when this run later holds the lock was left by a killed run, and is removed; one
 * created after the scan by a concurrent run that was then killed is left for the next run's scan to
 * remove, as the leftovers of a run killed during this one always were.</li>
 * <li><b>Backups.</b> Only a run holding a file's lock creates or prunes its backups. Pruning deletes the
 * known backups older than the newest {@code keep} known ones; a backup the index does not know is one made
 * by a concurrent run after the scan, so newer than every known one, and a backup the index still knows but
 * that was deleted meanwhile is an old one that was pruned. Neither makes pruning delete a backup that an
 * exact listing would keep: at worst a few more than {@code keep} are kept until a later run prunes them.
 * The next sequence number must not miss a backup, so the store scans again before making a backup of a
 * file that changed since the scan ({@link #mayMissChangesOf}).</li>
 * </ul>
 * A scan older than {@link #MAX_AGE_NANOS} is redone, so that a long-lived editor also picks up what other
 * processes left.
 */
final class DirectoryIndex {
    /** How long a scan is used before the directory is scanned again. */
    static final long MAX_AGE_NANOS = 60_000_000_000L;

    /**
     * How long before the scan a change of a file may have happened and still be missed by it: file times
     * come from the kernel's coarse clock, and a run may have made a backup just before replacing the file.
     */
    private static final Duration CHANGE_MARGIN = Duration.ofSeconds(2);

    /** A backup's name: group 1 is the file's name. */
    private static final Pattern BACKUP = BackupName.ANY;
    /** {@code .<target>.aadcfg-<hex>.tmp}: group 1 is the name of the file being written. */
    private static final Pattern TEMP = Pattern.compile("\\.(.+)" + Pattern.quote(DurableFiles.TEMP_MARK)
            + "[0-9a-f]{16}\\.tmp");

    private final long scannedAt;
    /** When the scan started, by the same wall clock as file times. */
    private final Instant scanStarted;
    private final Map<String, Set<String>> backups = new HashMap<>();
    /** Temporary files by the name of their target, and those of backups also by the backed-up file's name. */
    private final Map<String, List<String>> temporaries = new HashMap<>();

    private DirectoryIndex(long scannedAt, Instant scanStarted) {
        this.scannedAt = scannedAt;
        this.scanStarted = scanStarted;
    }

    /**
     * Lists {@code directory} once. A directory that does not exist (yet) has an empty index.
     *
     * @throws IOException when it cannot be listed
     */
    static DirectoryIndex scan(Path directory) throws IOException {
        DirectoryIndex index = new DirectoryIndex(System.nanoTime(), Instant.now());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                index.add(entry);
            }
        } catch (NoSuchFileException | NotDirectoryException missing) {
            // nothing in it yet
        }
        return index;
    }

    boolean stale() {
        return System.nanoTime() - scannedAt > MAX_AGE_NANOS;
    }

    /**
     * Whether the file at {@code real} changed (was replaced) since shortly before the scan, so that another
     * run may have made a backup of it that the scan did not see: a run makes a backup of a file only to
     * replace it, under its lock. Then the next sequence number must come from a new scan. A file unchanged
     * since before the scan (every file of a batch but those edited twice) needs none, which keeps a batch
     * at one listing per directory. Only a wall clock set back by more than {@link #CHANGE_MARGIN} between the
     * scan and another run's edit could hide a change; the worst that does is two backups with one sequence
     * number, both kept, ordered by their timestamps.
     */
    boolean mayMissChangesOf(Path real) {
        try {
            // the change time: unlike the modification time, no tool can set it back
            FileTime changed = real.getFileSystem().supportedFileAttributeViews().contains("unix")
                    ? (FileTime) Files.getAttribute(real, "unix:ctime") : Files.getLastModifiedTime(real);
            return !changed.toInstant().isBefore(scanStarted.minus(CHANGE_MARGIN));
        } catch (IOException e) {
            return true; // cannot tell: scan again
        }
    }

    private void add(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp")) {
            Matcher temp = TEMP.matcher(name);
            if (temp.matches()) {
                String target = temp.group(1);
                temporaries.computeIfAbsent(target, k -> new ArrayList<>(1)).add(name);
                Matcher backup = BACKUP.matcher(target);
                if (backup.matches()) {
                    temporaries.computeIfAbsent(backup.group(1), k -> new ArrayList<>(1)).add(name);
                }
                return;
            }
        }
        if (name.endsWith(".bak")) {
            Matcher backup = BACKUP.matcher(name);
            if (backup.matches() && isRegularFile(entry)) { // as BackupStore.list counts them
                backups.computeIfAbsent(backup.group(1), k -> new LinkedHashSet<>()).add(name);
            }
        }
    }

    /**
     * Whether {@code entry} is a regular file (following links; a dangling link is not). Unlike
     * {@link Files#isRegularFile}, a failure to tell is an error, not {@code false}: a backup missed would make the
     * next backup reuse its sequence number, or name itself the file's original, and escape pruning.
     */
    static boolean isRegularFile(Path entry) throws IOException {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class).isRegularFile();
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    /**
     * Removes and returns the temporary files of the file named {@code fileName} and of its backups, as far
     * as the scan saw them (names in this directory).
     */
    synchronized List<String> takeTemporaries(String fileName) {
        List<String> taken = temporaries.remove(fileName);
        return taken == null ? List.of() : taken;
    }

    /** Records a backup of {@code fileName} made by this run. */
    synchronized void addBackup(String fileName, String backupName) {
        backups.computeIfAbsent(fileName, k -> new LinkedHashSet<>()).add(backupName);
    }

    /** The known backups of {@code fileName} (names in this directory), in no particular order. */
    synchronized List<String> backupsOf(String fileName) {
        Set<String> names = backups.get(fileName);
        return names == null ? List.of() : new ArrayList<>(names);
    }

    /** Forgets a backup that was deleted. */
    synchronized void removeBackup(String fileName, String backupName) {
        Set<String> names = backups.get(fileName);
        if (names != null) {
            names.remove(backupName);
        }
    }
}
