package io.github.aadcfg.core.faults;

/** What a path is to the edit of one config file: the part of a fault point's name that says where the call goes. */
enum PathRole {
    /** The config file. */
    TARGET,
    /** The config file's directory (with backups beside the file, also theirs). */
    FILE_DIR,
    /** The replacement's temporary file (and the put-back's), and leftovers of a killed run. */
    FILE_TEMP,
    /** A backup's temporary file. */
    BACKUP_TEMP,
    /** A backup. */
    BACKUP,
    /** With a backup directory: the directory under it that mirrors the file's. */
    BACKUP_DIR,
    /** With a backup directory: the backup directory and the directories under it above {@link #BACKUP_DIR}. */
    BACKUP_TREE,
    /** A directory above the file's or the backup directory. */
    ANCESTOR,
    /** Anything else: no I/O of an edit should touch it. */
    OTHER
}
