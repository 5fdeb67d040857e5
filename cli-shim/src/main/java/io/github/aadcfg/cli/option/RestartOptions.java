package io.github.aadcfg.cli.option;

import java.time.Duration;
import java.util.Map;
import java.util.Stack;

import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import io.github.aadcfg.core.ServiceRestart;
import io.github.aadcfg.core.agent.AgentService;
import io.github.aadcfg.core.agent.ScServiceControl;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Options of the commands that change files: restart a service after the run changed a file, and take the change back
 * when the service does not run with it ({@link ServiceRestart}).
 */
public final class RestartOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--restart-service", arity = "0..1", paramLabel = "NAME", preprocessor = NameOnlyAttached.class,
            description = "After a run that changed a file, restart the service (default: " + AgentService.NAME
                    + "; another one as --restart-service=NAME) and wait until it runs; if it does not, put back every "
                    + "file the run changed, restart it again and exit 69. A dry run only checks the service.")
    String service;

    @Option(names = "--restart-timeout", paramLabel = "SECONDS",
            description = "How long --restart-service waits for the service to stop, and again to run (default: "
                    + ServiceRestart.DEFAULT_TIMEOUT_SECONDS + ").")
    Long timeoutSeconds;

    /**
     * The restart asked for, its service checked before any file is read; {@code null} without
     * {@code --restart-service}.
     *
     * @throws AadcfgException when the name or the timeout is invalid, or the service cannot be controlled
     */
    public ServiceRestart restart() {
        if (service == null) {
            if (timeoutSeconds != null) {
                throw new ParameterException(spec.commandLine(), "--restart-timeout goes with --restart-service");
            }
            return null;
        }
        long seconds = timeoutSeconds == null ? ServiceRestart.DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        ServiceRestart restart = new ServiceRestart(ScServiceControl.locate(), service, Duration.ofSeconds(seconds));
        restart.check();
        return restart;
    }

    /**
     * Takes a NAME only when attached ({@code --restart-service=NAME}): {@code --restart-service FILE} restarts the
     * agent's service after editing FILE, rather than taking FILE for the service's name.
     */
    public static final class NameOnlyAttached implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push(AgentService.NAME);
            }
            return false;
        }
    }
}
