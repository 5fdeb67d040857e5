package io.github.aadcfg.core.agent;

/**
 * The agent's tracing as a config file declares it, values as written.
 *
 * @param verbose whether verbose tracing is on: the agent's source ({@code AAD Connect Provisioning Agent}) routes
 *                to {@code textWriterListener}, so every trace goes to the trace file
 * @param logFile the trace file: {@code initializeData} of {@code textWriterListener} where the source declares it,
 *                else in {@code sharedListeners}; {@code null} when neither does (or it has none)
 * @param level   the {@code EventTypeFilter} level of the {@code etw} listener (the event log), {@code null} when
 *                absent
 */
public record TracingView(boolean verbose, String logFile, String level) {
}
