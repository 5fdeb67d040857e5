package io.github.aadcfg.core;

/** What committing did to a file. */
public enum Status {
    /** The file was rewritten. */
    CHANGED,
    /** The file was already in the desired state; nothing was written and no backup was made. */
    UNCHANGED
}
