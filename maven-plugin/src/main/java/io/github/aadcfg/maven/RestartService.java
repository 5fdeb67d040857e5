package io.github.aadcfg.maven;

import java.time.Duration;
import java.util.List;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.RestartOutcome;
import io.github.aadcfg.core.ServiceRestart;
import io.github.aadcfg.core.agent.AgentService;
import io.github.aadcfg.core.agent.ScServiceControl;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * The parameters {@code restartService} and {@code restartTimeout} of the goals that write files (apply, restore):
 * after a goal changed a file, restart the service once and wait until it runs; when it does not, put back every
 * file the goal changed, restart it again and fail the build ({@link ServiceRestart}).
 */
final class RestartService {
    /** No restart: {@code restartService} is {@code false}. */
    private static final RestartService NONE = new RestartService(null);

    private final ServiceRestart restart;

    private RestartService(ServiceRestart restart) {
        this.restart = restart;
    }

    /**
     * The restart the parameters ask for, its service checked before any file is read.
     *
     * @param restartService {@code true} (the agent's service) or {@code false} in any case, or a service's name;
     *                       {@code null} is {@code false}
     * @param restartTimeout how long to wait for the service to stop, and again to run, in seconds
     * @throws AadcfgException when the name or the timeout is invalid, or the service cannot be controlled (not
     *                         Windows, no such service)
     */
    static RestartService of(String restartService, int restartTimeout) {
        if (restartService == null || restartService.equalsIgnoreCase("false")) {
            return NONE;
        }
        String name = restartService.equalsIgnoreCase("true") ? AgentService.NAME : restartService;
        ServiceRestart restart = new ServiceRestart(ScServiceControl.locate(), name, Duration.ofSeconds(restartTimeout));
        restart.check();
        return new RestartService(restart);
    }

    /** The log the goal writes to: without the reminder to restart the agent when the goal restarts it. */
    FileLog log(FileLog log) {
        return restart == null ? log : log.withoutRestartReminder();
    }

    /**
     * After the goal's files: restarts the service when one of {@code results} changed its file, and logs what came
     * of it.
     *
     * @throws AadcfgException ({@code SERVICE}) when the service did not run with the change; the files are put back
     */
    void afterRun(ConfigEditor editor, List<CommitResult> results, FileLog log) {
        if (restart == null) {
            return;
        }
        RestartOutcome outcome = restart.afterRun(editor, results);
        log.restart(outcome);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
    }
}
