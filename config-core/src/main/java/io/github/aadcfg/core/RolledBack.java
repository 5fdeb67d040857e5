package io.github.aadcfg.core;

import java.nio.file.Path;

import io.github.aadcfg.core.report.AadcfgException;

/**
 * A file put back as it was because the service did not run with its change ({@link ServiceRestart}).
 *
 * @param file    the file, as given
 * @param from    the backup it was restored from: the one its change took
 * @param backup  the backup of the content it replaced (the change, as a pre-restore backup), or {@code null} when
 *                nothing was written
 * @param failure why it could not be put back, so it still holds the change; {@code null} when it was put back
 */
public record RolledBack(Path file, Path from, Path backup, AadcfgException failure) {
}
