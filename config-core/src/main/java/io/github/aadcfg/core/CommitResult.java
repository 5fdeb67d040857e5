package io.github.aadcfg.core;

import java.nio.file.Path;

/**
 * The outcome of committing a plan.
 *
 * @param file   the file as given
 * @param status {@link Status#CHANGED} or {@link Status#UNCHANGED}
 * @param backup the verified backup taken before the change, or {@code null} when nothing changed
 * @param plan   the plan that was committed (its diff describes the change)
 */
public record CommitResult(Path file, Status status, Path backup, Plan plan) {
}
