package io.github.aadcfg.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.logging.Log;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.RestartOutcome;
import io.github.aadcfg.core.RolledBack;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.agent.AgentService;
import io.github.aadcfg.core.report.Finding;

/**
 * What the goals log about each file: its lint findings, and what an edit did to it or would do. A change written to
 * the agent's config is followed by a warning that the agent's service must restart to read it.
 */
final class FileLog {
    /**
     * How a goal words the outcome of an edit, after the file's name.
     *
     * @param wouldChange a dry run's plan changes the file
     * @param changed     the file was written; the backup taken follows
     * @param unchanged   the file already holds the edit's result
     */
    record Wording(String wouldChange, String changed, String unchanged) {
        /** For bringing a file to the declared state. */
        static final Wording APPLY = new Wording("would change", "changed, backup ", "unchanged");

        /** For restoring a file from {@code backup}. */
        static Wording restoredFrom(Path backup) {
            return new Wording("would be restored from " + backup,
                    "restored from " + backup + "; the replaced content was backed up to ",
                    "unchanged, it already equals " + backup);
        }
    }

    private final Log log;
    /** Whether a change to the agent's config is followed by the reminder to restart the agent. */
    private final boolean restartReminder;

    FileLog(Log log) {
        this(log, true);
    }

    private FileLog(Log log, boolean restartReminder) {
        this.log = log;
        this.restartReminder = restartReminder;
    }

    /** This log without the reminder to restart the agent, for a goal that restarts it. */
    FileLog withoutRestartReminder() {
        return new FileLog(log, false);
    }

    /**
     * Logs lint findings on {@code file}: errors as errors, the others as warnings.
     *
     * @return the error lines, as logged
     */
    List<String> findings(Path file, List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.isError()) {
                log.error(line(file, finding));
            } else {
                log.warn(line(file, finding));
            }
        }
        return findings.stream().filter(Finding::isError).map(finding -> line(file, finding)).toList();
    }

    /** Logs a plan's lint findings on the original file and, as warnings, the warnings raised while planning. */
    void findings(Plan plan) {
        findings(plan.file(), plan.findings());
        for (Finding warning : plan.warnings()) {
            log.warn(line(plan.file(), warning));
        }
    }

    /** Logs what committing a plan would do, with the change as a unified diff, after its findings. */
    void preview(Plan plan, Wording wording) {
        findings(plan);
        if (plan.changed()) {
            log.info(plan.file() + ": " + wording.wouldChange() + " (dry run, nothing written)\n" + plan.unifiedDiff());
        } else {
            log.info(plan.file() + ": " + wording.unchanged());
        }
    }

    /**
     * Logs what a commit did, after its plan's findings; the change as a unified diff at debug level. A change to the
     * agent's config is followed by the reminder to restart the agent, as a warning, unless this log goes without.
     *
     * @return {@code result}
     */
    CommitResult committed(CommitResult result, Wording wording) {
        findings(result.plan());
        if (result.status() == Status.CHANGED) {
            log.info(result.file() + ": " + wording.changed() + result.backup());
            if (restartReminder && AgentService.isAgentConfig(result.file())) {
                log.warn(result.file() + ": " + AgentService.restartReminder(result.file()));
            }
            log.debug(result.plan().unifiedDiff());
        } else {
            log.info(result.file() + ": " + wording.unchanged());
        }
        return result;
    }

    /**
     * Logs what restarting the service after a goal came to: restarted, or left alone, as info; when it did not run
     * with the change, each file put back, or left with the change, as an error.
     */
    void restart(RestartOutcome outcome) {
        String service = "service " + outcome.service() + ": ";
        if (outcome.restarted()) {
            log.info(service + "restarted");
        } else if (!outcome.needed()) {
            log.info(service + "not restarted, nothing changed");
        }
        for (RolledBack file : outcome.rollback()) {
            if (file.failure() == null) {
                log.error(file.file() + ": put back, restored from " + file.from() + "; the change was backed up to "
                        + file.backup());
            } else {
                log.error(file.file() + ": not put back, it still holds the change: " + file.failure().reason());
            }
        }
    }

    /** Logs that {@code file} passed, e.g. {@code no findings}. */
    void info(Path file, String message) {
        log.info(file + ": " + message);
    }

    private static String line(Path file, Finding finding) {
        return file + ": " + finding;
    }
}
