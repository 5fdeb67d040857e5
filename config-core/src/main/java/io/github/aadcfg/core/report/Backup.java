package io.github.aadcfg.core.report;

import java.nio.file.Path;
import java.time.Instant;

import io.github.aadcfg.core.internal.io.BackupStore;

/**
 * A backup of a config file.
 *
 * @param path     where it is
 * @param sequence its place in the order the backups of the file were made (higher is newer; 0 for a backup
 *                 named before sequences, older than all numbered ones); see {@link BackupStore}
 * @param kind     why it was taken
 * @param created  when it was taken, as the clock said then (from its name; not used for ordering)
 * @param size     its size in bytes
 */
public record Backup(Path path, long sequence, BackupKind kind, Instant created, long size) {
}
