package io.github.aadcfg.core.agent;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * The agent's verbose tracing is on: its source routes to {@code console}, {@code etw} and
 * {@code textWriterListener}, declared in {@code sharedListeners} as in Microsoft's guide, with the
 * {@code etw} listener's {@code EventTypeFilter} at {@code level}. Other sources, listeners, switches and
 * {@code <trace>} stay. A listener that is commented out is uncommented, so it ends up live once.
 *
 * @param logFile the trace file the text writer listener writes
 * @param level   the event log filter's level, one of {@link DisableTracing#LEVELS}
 */
public record EnableTracing(String logFile, String level) implements ConfigEdit {
    /** The guide's trace file. */
    public static final String DEFAULT_LOG_FILE =
            "C:/ProgramData/Microsoft/Azure AD Connect Provisioning Agent/Trace/ProvAgentTrace.log";
    /** The event type filter level of verbose tracing. */
    public static final String DEFAULT_LEVEL = "All";

    /**
     * Validates the settings.
     *
     * @throws AadcfgException {@code INVALID_VALUE} for an empty log file or an unknown level
     */
    public EnableTracing {
        if (logFile == null || logFile.isBlank()) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-log-file", null,
                    "tracing.logFile: must not be empty");
        }
        XmlChars.require("tracing.logFile", logFile);
        DisableTracing.checkLevel(level);
    }

    /** The guide's settings: {@link #DEFAULT_LOG_FILE} at level {@link #DEFAULT_LEVEL}. */
    public EnableTracing() {
        this(DEFAULT_LOG_FILE, DEFAULT_LEVEL);
    }

    @Override
    public String description() {
        return "tracing enable";
    }
}
