package io.github.aadcfg.core.faults;

/**
 * What an edit must leave when one I/O call fails: the outcome the test asserts for a fault point, with the
 * state of the directory tree (the file, its backups, the backup directory) it must be in afterwards.
 */
enum Contract {
    /** A typed error with the given code; the tree as before (a killed run's temporary files may be swept). */
    REFUSED,
    /**
     * A typed error or a change, whichever the failed metadata read leads to (a failed stat often just makes
     * a check ask again, or makes {@code Files.exists} false): the tree as before, or as after a change, one of the
     * {@code CHANGED} states below included.
     */
    REFUSED_OR_CHANGED,
    /** The change lands: the tree exactly as after an edit without a fault. */
    CHANGED,
    /** The change lands; a killed run's temporary file the failed call would have removed may remain. */
    CHANGED_UNSWEPT,
    /** The change lands; the backup the failed delete would have pruned remains (the next edit prunes it). */
    CHANGED_UNPRUNED,
    /**
     * The change lands; the backup could not be given the original's owner, so the runner keeps it (it can read
     * the original anyway): never wider access.
     */
    CHANGED_BACKUP_OWNED_BY_RUNNER,
    /** The change lands; the backup could not be given the original's group, so its group gets no access. */
    CHANGED_BACKUP_GROUP_WITHOUT_ACCESS,
    /**
     * The directory sync after the rename failed: typed error {@code sync-failed}, the original put back, the
     * backup removed: the tree as before.
     */
    PUT_BACK,
    /**
     * The directory sync after the rename failed and the put-back failed too: typed error {@code sync-failed},
     * the edited bytes stay, and so does the backup (not yet pruned); no temporary file.
     */
    PUT_BACK_FAILED,
    /** As {@link #PUT_BACK}, but the backup could not be removed: it stays, a valid copy of the original. */
    PUT_BACK_BACKUP_LEFT
}
