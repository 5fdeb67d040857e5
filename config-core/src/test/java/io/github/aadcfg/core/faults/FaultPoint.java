package io.github.aadcfg.core.faults;

/**
 * One I/O call of an edit: the {@code nth} call of {@code operation} on a path of {@code role} (counted from 1
 * in one run), e.g. {@code FORCE FILE_DIR #2}, the sync of the file's directory after the rename when backups
 * are beside the file.
 */
record FaultPoint(Operation operation, PathRole role, int nth) {
    /** The kind of call, without the count: {@code "FORCE FILE_DIR"}. */
    String kind() {
        return operation + " " + role;
    }

    @Override
    public String toString() {
        return kind() + " #" + nth;
    }
}
