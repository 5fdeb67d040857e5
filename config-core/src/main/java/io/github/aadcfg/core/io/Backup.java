package io.github.aadcfg.core.io;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup of a config file.
 *
 * @param path    where it is
 * @param created when it was taken (from its name)
 * @param size    its size in bytes
 */
public record Backup(Path path, Instant created, long size) {
}
