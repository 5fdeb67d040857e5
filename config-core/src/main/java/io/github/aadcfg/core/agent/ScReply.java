package io.github.aadcfg.core.agent;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code sc.exe} printed: the service's state (its {@code STATE} line, e.g. {@code STATE : 4  RUNNING}), or the
 * Windows error it failed with ({@code [SC] OpenService FAILED 1060:}, the error's text on the lines below, and the
 * error's number as exit code). Only the state's name and the error's number are read, which Windows does not
 * translate; the labels around them may be.
 *
 * @param state   the state printed, or {@code null} when none was
 * @param error   the Windows error number, 0 when it succeeded
 * @param message the error's text, or the whole output when it holds neither a state nor an error
 */
record ScReply(ServiceState state, int error, String message) {
    /** Windows' error for a service name that is not installed. */
    static final int NO_SUCH_SERVICE = 1060;
    /** Windows' error for stopping a service that is not running. */
    static final int NOT_STARTED = 1062;
    /** Windows' error for starting a service that is running. */
    static final int ALREADY_RUNNING = 1056;

    private static final Pattern STATE = Pattern.compile("^\\s*\\S+\\s*:\\s*\\d+\\s+(" + String.join("|",
            List.of(ServiceState.values()).stream().map(Enum::name).toList()) + ")\\b", Pattern.MULTILINE);
    /** {@code [SC] OpenService FAILED 1060:}, in any language. */
    private static final Pattern FAILED = Pattern.compile("^\\[SC]\\s+\\S+\\s+\\S+\\s+(\\d{1,9}):", Pattern.MULTILINE);

    /** Reads what {@code sc.exe} printed and the code it exited with. */
    static ScReply parse(String output, int exitCode) {
        Matcher failed = FAILED.matcher(output);
        if (failed.find()) {
            return new ScReply(null, Integer.parseInt(failed.group(1)), oneLine(output.substring(failed.end())));
        }
        if (exitCode != 0) {
            return new ScReply(null, exitCode, oneLine(output));
        }
        Matcher state = STATE.matcher(output);
        if (state.find()) {
            return new ScReply(ServiceState.valueOf(state.group(1)), 0, "");
        }
        return new ScReply(null, 0, oneLine(output));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
