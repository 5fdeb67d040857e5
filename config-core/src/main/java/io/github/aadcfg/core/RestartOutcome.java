package io.github.aadcfg.core;

import java.util.List;

import io.github.aadcfg.core.report.AadcfgException;

/**
 * What restarting a service after a run came to ({@link ServiceRestart#afterRun}).
 *
 * @param service   the service's name
 * @param restarted whether the service was restarted and runs with the run's changes
 * @param rollback  the files put back because it did not, in the order the run changed them; empty otherwise
 * @param failure   why the service did not run with the changes and how putting them back went, as an error
 *                  ({@code SERVICE}: {@code restart-rolled-back}, {@code rollback-restart-failed} or
 *                  {@code rollback-failed}); {@code null} when it was restarted, or when nothing changed
 */
public record RestartOutcome(String service, boolean restarted, List<RolledBack> rollback, AadcfgException failure) {
    /** The outcome of a run that changed nothing: the service was left alone. */
    static RestartOutcome notNeeded(String service) {
        return new RestartOutcome(service, false, List.of(), null);
    }

    /** Whether the run changed a file, so that the service was restarted, or that was tried. */
    public boolean needed() {
        return restarted || failure != null;
    }
}
