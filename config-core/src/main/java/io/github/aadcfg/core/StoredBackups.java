package io.github.aadcfg.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.aadcfg.core.internal.io.BackupStore;
import io.github.aadcfg.core.internal.io.FileReading;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.verify.BackupHistory;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Backup;

/**
 * A file's backups as its edits see them: read when first asked for, skipping any another user could have
 * written (it must not decide what the file gets) and any that does not parse (it cannot tell anything).
 */
final class StoredBackups implements BackupHistory {
    private final BackupStore store;
    private final Path file;
    private List<SourceDocument> documents;

    StoredBackups(BackupStore store, Path file) {
        this.store = store;
        this.file = file;
    }

    @Override
    public List<SourceDocument> newestFirst() {
        if (documents == null) {
            documents = new ArrayList<>();
            Path real = FileReading.realPathOrIntended(file);
            for (Backup backup : store.list(real)) {
                if (store.distrust(backup, real).isEmpty()) {
                    read(backup.path());
                }
            }
        }
        return documents;
    }

    private void read(Path backup) {
        try {
            documents.add(ConfigDocument.read(backup).source());
        } catch (AadcfgException unreadable) {
            // a damaged backup cannot tell us anything; look at older ones
        }
    }

    @Override
    public String where() {
        return "looked in " + store.directoryFor(FileReading.realPathOrIntended(file));
    }
}
