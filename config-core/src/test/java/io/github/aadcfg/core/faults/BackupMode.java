package io.github.aadcfg.core.faults;

/** Where an edit's backups go, and what is there already: the modes every fault point is tried in. */
enum BackupMode {
    /**
     * Beside the file, where its original, one older backup (pruned by the edit, which keeps 1) and a temporary
     * file of a killed run (swept) already are.
     */
    BESIDE,
    /** Under a backup directory that does not exist yet: it is created, and the backup is the file's original. */
    NEW_BACKUP_DIR,
    /**
     * Under a backup directory holding the file's original, one older backup (pruned) and a backup's temporary
     * file of a killed run (swept).
     */
    BACKUP_DIR
}
