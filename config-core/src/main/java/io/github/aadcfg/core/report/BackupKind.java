package io.github.aadcfg.core.report;

/**
 * Why a backup was taken; recorded in its name (names are the only metadata aadcfg keeps).
 */
public enum BackupKind {
    /**
     * The first backup of a file: what it held before aadcfg first changed it. Kept apart from the rotation:
     * never pruned and not counted in the number of backups kept.
     */
    ORIGINAL("original"),
    /** Taken before an edit: what {@code restore --latest} puts back ("undo the last edit"). */
    EDIT("edit"),
    /** Taken by a restore before it overwrote the file: what {@code restore --undo} puts back. */
    PRE_RESTORE("pre-restore");

    private final String label;

    BackupKind(String label) {
        this.label = label;
    }

    /** The word in a backup's name and in reports: {@code original}, {@code edit} or {@code pre-restore}. */
    public String label() {
        return label;
    }

    /** Whether a backup of this kind holds the content from before an edit (the original did too). */
    public boolean beforeEdit() {
        return this != PRE_RESTORE;
    }
}
