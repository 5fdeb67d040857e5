package io.github.aadcfg.core.faults;

/**
 * A kind of I/O call the {@link FaultyFileSystemProvider} sees, each one a call that can fail on a real disk:
 * what {@link IoObserver} is told, and what a fault point names.
 */
enum Operation {
    /** Opening a file or directory to read (a directory: to sync it). */
    OPEN_READ,
    /** Opening an existing file to write. */
    OPEN_WRITE,
    /** Creating a new file ({@code CREATE_NEW}). */
    CREATE,
    READ,
    WRITE,
    /** {@code fstat} of an open file: its size. */
    SIZE,
    /** {@code fsync}. */
    FORCE,
    LOCK,
    CLOSE,
    /** A rename. */
    MOVE,
    DELETE,
    MKDIR,
    /** Listing a directory. */
    LIST,
    /** Reading attributes (stat): type, size, mode, owner, times, file key. */
    STAT,
    /** {@code access(2)}: exists, readable, writable. */
    ACCESS,
    /** Resolving symbolic links. */
    REAL_PATH,
    READ_LINK,
    CHOWN,
    CHGRP,
    CHMOD,
    /** Setting another attribute (times, flags). */
    SET_ATTRIBUTE,
    XATTR_LIST,
    XATTR_READ,
    XATTR_WRITE,
    XATTR_DELETE,
    COPY
}
