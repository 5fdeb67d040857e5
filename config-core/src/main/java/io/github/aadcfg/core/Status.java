package io.github.aadcfg.core;

/** What happened (or would happen) to a file. */
public enum Status {
    /** The file was rewritten. */
    CHANGED,
    /** The file was already in the desired state; nothing was written and no backup was made. */
    UNCHANGED,
    /** A dry run found the file would change. */
    WOULD_CHANGE
}
