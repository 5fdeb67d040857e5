package io.github.aadcfg.core.internal.verify;

import java.util.List;

import io.github.aadcfg.core.internal.tree.SourceDocument;

/**
 * The backups of the file being edited, as an edit may consult them (e.g. to put back a section as it was
 * before an earlier edit). Only backups no other user could have written, and that parse, are offered.
 */
public interface BackupHistory {
    /** A history with no backups, for plans on bytes that belong to no file's history. */
    BackupHistory NONE = new BackupHistory() {
        @Override
        public List<SourceDocument> newestFirst() {
            return List.of();
        }

        @Override
        public String where() {
            return "no backup history";
        }
    };

    /** The trusted, readable backups, most recently made first; read when first asked for. */
    List<SourceDocument> newestFirst();

    /** Where the backups were looked for, for messages (e.g. the directory searched). */
    String where();
}
