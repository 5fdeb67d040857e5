package io.github.aadcfg.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.github.aadcfg.core.agent.ServiceControl;
import io.github.aadcfg.core.agent.ServiceState;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Restarts a service after a run changed the config it reads, and takes the change back when the service does not run
 * with it. The service reads its config when it starts, so one restart after the whole run serves every file the run
 * changed; a run that changed nothing leaves the service alone.
 *
 * <p>A restart stops the service (unless it is stopped) and waits until it is {@link ServiceState#STOPPED}, then
 * starts it and waits until it is {@link ServiceState#RUNNING}, up to the timeout each. When it does not get there
 * (a request refused, a state not reached in time, the service stopping again as it starts), every file the run
 * changed is restored from the backup its change took ({@link ConfigEditor#restore}), and the service is restarted
 * again, with the files as they were.
 *
 * <pre>{@code
 * ServiceRestart restart = new ServiceRestart(ScServiceControl.locate(), AgentService.NAME, Duration.ofSeconds(60));
 * restart.check();                                  // before any file is touched
 * CommitResult result = editor.apply(config, edits);
 * RestartOutcome outcome = restart.afterRun(editor, List.of(result));
 * }</pre>
 */
public final class ServiceRestart {
    /** How long to wait for the service to stop, and again to run, in seconds, unless configured otherwise. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** The longest timeout: a service that takes longer to start is not going to. */
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    /** How often the state is read while waiting. */
    private static final Duration POLL = Duration.ofMillis(250);
    /** The longest name Windows gives a service. */
    private static final int MAX_NAME = 256;

    private final ServiceControl control;
    private final String service;
    private final Duration timeout;
    private final Duration poll;

    /**
     * A restart of {@code service} through {@code control}.
     *
     * @param timeout how long to wait for the service to stop, and again to run: from 1 second to an hour
     * @throws AadcfgException ({@code INVALID_VALUE}) when the name is no service name or the timeout is out of range
     */
    public ServiceRestart(ServiceControl control, String service, Duration timeout) {
        this(control, service, timeout, POLL);
    }

    ServiceRestart(ServiceControl control, String service, Duration timeout, Duration poll) {
        this.control = Objects.requireNonNull(control, "control");
        this.service = requireServiceName(service);
        this.timeout = requireTimeout(timeout);
        this.poll = poll;
    }

    private static String requireServiceName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(c -> c == '/'
                || c == '\\' || Character.isISOControl(c))) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-service-name", null, "restartService: must be a "
                    + "service name (1 to " + MAX_NAME + " characters, no / or \\), was \"" + name + "\"");
        }
        return name;
    }

    private static Duration requireTimeout(Duration timeout) {
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-restart-timeout", null, "restartTimeout: must be "
                    + "from 1 to " + MAX_TIMEOUT.toSeconds() + " seconds, was " + timeout.toSeconds());
        }
        return timeout;
    }

    /** The service's name. */
    public String service() {
        return service;
    }

    /**
     * Checks, before any file is touched, that the service can be controlled: reads its state.
     *
     * @return its state
     * @throws AadcfgException ({@code SERVICE}) when it cannot be read: no way to control services here, no such
     *                         service
     */
    public ServiceState check() {
        return control.state(service);
    }

    /**
     * After a run: when one of {@code results} changed its file, restarts the service; when the service does not run
     * then, puts back every file the run changed and restarts it again. Never throws for the service: the outcome
     * says what happened.
     *
     * @param editor  the editor that made the changes, which knows where their backups are
     * @param results what the run committed, in order; the unchanged files are left out
     */
    public RestartOutcome afterRun(ConfigEditor editor, List<CommitResult> results) {
        List<CommitResult> changed = results.stream().filter(r -> r.status() == Status.CHANGED).toList();
        if (changed.isEmpty()) {
            return RestartOutcome.notNeeded(service);
        }
        String problem = restart();
        if (problem == null) {
            return new RestartOutcome(service, true, List.of(), null);
        }
        List<RolledBack> rollback = changed.stream().map(result -> rollBack(editor, result)).toList();
        String again = restart();
        return new RestartOutcome(service, false, rollback, failure(problem, rollback, again));
    }

    private static RolledBack rollBack(ConfigEditor editor, CommitResult result) {
        try {
            CommitResult restored = editor.restore(result.file(), result.backup());
            return new RolledBack(result.file(), result.backup(), restored.backup(), null);
        } catch (RuntimeException e) {
            AadcfgException why = e instanceof AadcfgException known ? known : new AadcfgException(Category.INTERNAL,
                    "internal", result.file(), "restoring failed unexpectedly: " + e, e);
            return new RolledBack(result.file(), result.backup(), null, why);
        }
    }

    /** Restarts the service and waits for each step; returns why it does not run, or {@code null} when it does. */
    private String restart() {
        try {
            ServiceState state = control.state(service);
            if (state != ServiceState.STOPPED) {
                control.stop(service);
                state = await(ServiceState.STOPPED);
                if (state != ServiceState.STOPPED) {
                    return "the " + service + " service did not stop within " + timeout.toSeconds() + " s (it is "
                            + state + ")";
                }
            }
            control.start(service);
            state = await(ServiceState.RUNNING);
            if (state == ServiceState.STOPPED) {
                return "the " + service + " service stopped again as it started";
            }
            return state == ServiceState.RUNNING ? null : "the " + service + " service did not reach RUNNING within "
                    + timeout.toSeconds() + " s of being started (it is " + state + ")";
        } catch (AadcfgException e) {
            return e.reason();
        }
    }

    /**
     * Reads the state until it is {@code wanted}, the timeout has passed, or, waiting for it to run, the service has
     * stopped (it failed to start); returns the last state read.
     */
    private ServiceState await(ServiceState wanted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ServiceState state = control.state(service);
        while (state != wanted && !(wanted == ServiceState.RUNNING && state == ServiceState.STOPPED)
                && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return state;
            }
            state = control.state(service);
        }
        return state;
    }

    /** The error that says why the service did not run with the change, which files are back, and how it runs now. */
    private AadcfgException failure(String problem, List<RolledBack> rollback, String again) {
        List<RolledBack> kept = rollback.stream().filter(r -> r.failure() != null).toList();
        String code = !kept.isEmpty() ? "rollback-failed" : again == null ? "restart-rolled-back"
                : "rollback-restart-failed";
        StringBuilder message = new StringBuilder(problem.replaceFirst("\\.$", ""))
                .append(", so the change was taken back: ");
        if (kept.isEmpty()) {
            message.append(rollback.size() == 1 ? rollback.get(0).file() + " is back as it was (restored from "
                    + rollback.get(0).from() + ")" : "the " + rollback.size() + " files this run changed are back as "
                    + "they were");
        } else {
            for (RolledBack file : kept) {
                message.append(file.file()).append(" could not be put back and still holds the change (")
                        .append(file.failure().reason()).append("); ");
            }
            message.append(rollback.size() - kept.size()).append(" of ").append(rollback.size())
                    .append(" files are back as they were");
        }
        message.append(again == null ? "; the service was restarted again and runs"
                : "; restarting the service again failed too: " + again);
        return new AadcfgException(Category.SERVICE, code, null, message.toString());
    }
}
