package io.github.aadcfg.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.io.AtomicReplace;
import io.github.aadcfg.core.internal.io.BackupStore;
import io.github.aadcfg.core.internal.io.FileReading;
import io.github.aadcfg.core.internal.io.LockedFile;
import io.github.aadcfg.core.internal.verify.BackupHistory;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Backup;
import io.github.aadcfg.core.report.BackupKind;

/**
 * The safe way to change config files on disk. Plans are made in memory ({@link #plan}); committing
 * takes an exclusive lock on the file, checks it still holds the planned bytes, writes a verified
 * backup, writes the new content to a fsynced temporary file, re-checks the original and renames the
 * temporary file over it. A file already in the desired state is not written and gets no backup.
 *
 * <pre>{@code
 * ConfigEditor editor = ConfigEditor.builder().build();
 * Plan plan = editor.plan(path, List.of(new SetProxy(ProxySettings.of("http://proxy:8080"))));
 * System.out.print(plan.unifiedDiff());
 * CommitResult result = editor.commit(plan);
 * }</pre>
 */
public final class ConfigEditor {
    /** Backups kept per file unless configured otherwise. */
    public static final int DEFAULT_KEEP = 10;

    private final BackupStore backups;
    private final int keep;
    private final boolean force;
    private final Duration lockWait;

    private ConfigEditor(Builder builder) {
        this.backups = new BackupStore(builder.backupDirectory, builder.clock);
        this.keep = builder.keep;
        this.force = builder.force;
        this.lockWait = builder.lockWait;
    }

    /** A builder with the defaults: backups beside each file, keep 10, no force, no waiting for locks. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads {@code file} and plans {@code edits} on it, without writing anything. */
    public Plan plan(Path file, List<? extends ConfigEdit> edits) {
        return plan(file, FileReading.readAll(file), edits);
    }

    /**
     * Plans {@code edits} on {@code bytes} in memory, as if they were {@code file}'s content (its backups are
     * consulted by edits that restore from them). Reads nothing else and writes nothing.
     */
    public Plan plan(Path file, byte[] bytes, List<? extends ConfigEdit> edits) {
        return Planner.plan(file, bytes, edits, history(file), force);
    }

    /**
     * Commits a plan made earlier.
     *
     * @throws AadcfgException when the file no longer holds the planned bytes, or is locked
     */
    public CommitResult commit(Plan plan) {
        try (LockedFile locked = LockedFile.acquire(plan.file(), lockWait)) {
            if (!Arrays.equals(locked.bytes(), plan.originalBytesShared())) {
                throw new AadcfgException(Category.CONFLICT, "changed-since-plan", plan.file(),
                        "the file changed since the edit was planned; plan again");
            }
            return write(locked, plan, BackupKind.EDIT);
        }
    }

    /** Locks {@code file}, plans {@code edits} on its current bytes and commits them: read to replace under one lock. */
    public CommitResult apply(Path file, List<? extends ConfigEdit> edits) {
        try (LockedFile locked = LockedFile.acquire(file, lockWait)) {
            return write(locked, plan(file, locked.bytes(), edits), BackupKind.EDIT);
        }
    }

    /**
     * Puts a backup's bytes back. The current content is backed up first, as a
     * {@link BackupKind#PRE_RESTORE pre-restore} backup, so a restore can be undone ({@link #undoRestore}).
     * The backup must be a well-formed config file. A file that already holds its bytes is not written.
     *
     * @throws AadcfgException {@code not-a-backup} ({@code INVALID_VALUE}) when {@code backup} is not one of
     *                         {@code file}'s backups (not named as they are, or not in {@link #backupDirectoryOf
     *                         the directory they are kept in}), unless the editor is forced
     */
    public CommitResult restore(Path file, Path backup) {
        requireBackupOf(file, backup);
        byte[] restored = FileReading.readAll(backup);
        try (LockedFile locked = LockedFile.acquire(file, lockWait)) {
            return write(locked, restorePlan(file, locked.bytes(), backup, restored), BackupKind.PRE_RESTORE);
        }
    }

    /** Plans putting a backup's bytes back, without writing: a preview of {@link #restore}, refusing what it refuses. */
    public Plan planRestore(Path file, Path backup) {
        requireBackupOf(file, backup);
        return restorePlan(file, FileReading.readAll(file), backup, FileReading.readAll(backup));
    }

    /**
     * Refuses, unless forced, to restore {@code file} from a file that is not one of its backups: a mistyped path
     * would otherwise put another file's content in place.
     */
    private void requireBackupOf(Path file, Path backup) {
        Path real = FileReading.realPathOrIntended(file);
        if (!force && !backups.isBackupOf(real, backup)) {
            throw new AadcfgException(Category.INVALID_VALUE, "not-a-backup", file, backup + " is not a backup of "
                    + "this file: its backups are named " + real.getFileName() + ".<sequence>.<kind>.<timestamp>.bak"
                    + " and kept in " + backups.directoryFor(real) + ". Nothing was written. To restore it anyway, "
                    + "force the restore (--force)");
        }
    }

    /** The backup must be a sound config; the current file may be anything (a restore is how a broken file is fixed). */
    private static Plan restorePlan(Path file, byte[] current, Path backup, byte[] restored) {
        ConfigDocument.parse(backup, restored).requireDotNetConfig();
        return new Plan(file, current, restored, List.of(), List.of(), List.of("restore " + backup));
    }

    /**
     * Undoes the last edit: restores {@link #latestBackup}. Run again, it finds the file already holding those
     * bytes and reports {@link Status#UNCHANGED}, taking no backup.
     *
     * @throws AadcfgException when there is no backup taken before an edit
     * @throws AadcfgException       when that backup could have been written by another user
     */
    public CommitResult restoreLatest(Path file) {
        return restore(file, latestBackup(file));
    }

    /**
     * Undoes the last restore: restores {@link #latestPreRestoreBackup}, what that restore replaced.
     *
     * @throws AadcfgException when no restore left a backup
     * @throws AadcfgException       when that backup could have been written by another user
     */
    public CommitResult undoRestore(Path file) {
        return restore(file, latestPreRestoreBackup(file));
    }

    /**
     * The most recently made backup of {@code file} taken before an edit (its original counts; a restore's own
     * backups do not): what {@link #restoreLatest} restores (preview it with {@link #planRestore}).
     *
     * @throws AadcfgException when there is none
     * @throws AadcfgException       {@code untrusted-backup} when it could have been written by another user
     */
    public Path latestBackup(Path file) {
        return latest(file, true, "there is no backup of this file to restore");
    }

    /**
     * The most recently made backup of {@code file} taken by a restore: what {@link #undoRestore} restores.
     *
     * @throws AadcfgException when there is none
     * @throws AadcfgException       {@code untrusted-backup} when it could have been written by another user
     */
    public Path latestPreRestoreBackup(Path file) {
        return latest(file, false, "no restore of this file left a backup; there is nothing to undo");
    }

    private Path latest(Path file, boolean beforeEdit, String none) {
        Path real = FileReading.realPathOrIntended(file);
        for (Backup backup : backups.list(real)) {
            if (backup.kind().beforeEdit() == beforeEdit) {
                backups.distrust(backup, real).ifPresent(why -> {
                    throw new AadcfgException(Category.CANNOT_WRITE, "untrusted-backup", file, "the backup " + backup.path() + " "
                            + why + ": another user could have written it, so it is not restored. Nothing was "
                            + "written. Remove it if you did not make it, or restore a backup by its path");
                });
                return backup.path();
            }
        }
        throw new AadcfgException(Category.INPUT_UNAVAILABLE, "no-backup", file, none + " (looked in "
                + backups.directoryFor(real) + ")");
    }

    /** The directory where {@code file}'s backups are kept, and looked for; it need not exist. */
    public Path backupDirectoryOf(Path file) {
        return backups.directoryFor(FileReading.realPathOrIntended(file));
    }

    /** The backups of {@code file}, most recently made first; also for a file that no longer exists. */
    public List<Backup> backups(Path file) {
        return backups.list(FileReading.realPathOrIntended(file));
    }

    /**
     * The files among {@code files} that are distinct: a file named twice (the same path twice, a symbolic link
     * and its target) is kept once, spelled as first given, so that a batch never edits a file twice; a file that
     * does not exist counts by the path it would have.
     */
    public static List<Path> distinctFiles(List<Path> files) {
        return FileReading.distinct(files);
    }

    private BackupHistory history(Path file) {
        return new StoredBackups(backups, file);
    }

    private CommitResult write(LockedFile locked, Plan plan, BackupKind kind) {
        if (!plan.changed()) {
            return new CommitResult(plan.file(), Status.UNCHANGED, null, plan);
        }
        AtomicReplace.requireReplaceable(locked, force);
        backups.sweepTemporaries(locked.realPath());
        // the backup's directory is synced after the new content's fsync and before the rename (see
        // BackupStore.createDeferringSync): the backup is durable before the original is replaced
        Path backup = backups.createDeferringSync(locked, kind);
        try {
            AtomicReplace.replace(locked, plan.editedBytesShared(),
                    () -> backups.syncDirectoryOf(backup, locked.file()));
        } catch (RuntimeException e) {
            // our change provably did not land: the backup would only be litter; when the file cannot be
            // read, the backup may be the only copy of the original: it stays
            if (locked.pathDiffersFrom(plan.editedBytesShared())) {
                deleteQuietly(backup);
            }
            throw e;
        }
        backups.prune(locked.realPath(), keep, backup);
        return new CommitResult(plan.file(), Status.CHANGED, backup, plan);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the backup is a valid copy of the unchanged original; leaving it is harmless
        }
    }

    /** Settings of a {@link ConfigEditor}. */
    public static final class Builder {
        private Path backupDirectory;
        private int keep = DEFAULT_KEEP;
        private boolean force;
        private Duration lockWait = Duration.ZERO;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Put backups under this directory (mirroring each file's path) instead of beside each file. */
        public Builder backupDirectory(Path directory) {
            this.backupDirectory = directory;
            return this;
        }

        /**
         * Keep the {@code count} most recently made backups per file (at least 1), besides its original, which
         * is always kept.
         */
        public Builder keepBackups(int count) {
            if (count < 1) {
                throw new AadcfgException(Category.INVALID_VALUE, "invalid-keep", null, "keep: must be at least 1, was " + count);
            }
            this.keep = count;
            return this;
        }

        /**
         * Edit even when a file has error-level lint findings, or has several names (hard links): replacing it
         * splits the link, and the other names keep the old content. Restore, too, from a file that is not one
         * of the file's backups.
         */
        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        /** Wait up to this long for another run's lock instead of failing at once. */
        public Builder lockWait(Duration wait) {
            this.lockWait = wait;
            return this;
        }

        /** The clock for backup timestamps (tests). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** The editor. */
        public ConfigEditor build() {
            return new ConfigEditor(this);
        }
    }
}
