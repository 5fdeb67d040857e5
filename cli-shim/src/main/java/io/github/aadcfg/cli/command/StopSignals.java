package io.github.aadcfg.cli.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import io.github.aadcfg.cli.report.ExitCodes;

/**
 * Ctrl-C (SIGINT) and SIGTERM while a batch runs. By default the JVM exits at once on either, dropping the
 * results of the files in flight (their writes are atomic, so each is whole, but nobody is told which ones
 * were committed). While installed, the first of them only asks the batch to stop: the files being handled
 * end as they would, untouched or committed, and every result is printed. A second one exits at once with
 * {@link ExitCodes#INTERRUPTED}, which still leaves every file whole.
 *
 * <p>{@code sun.misc.Signal} is the JDK's only way to handle a signal; it stays supported (module
 * {@code jdk.unsupported}, JEP 260). A signal that cannot be handled (ignored when the JVM started, as under
 * {@code nohup}, or with {@code -Xrs}) keeps what it does.
 */
final class StopSignals implements AutoCloseable {
    private static final List<String> NAMES = List.of("INT", "TERM");

    private final AtomicBoolean requested = new AtomicBoolean();
    private final Map<Signal, SignalHandler> replaced = new LinkedHashMap<>();

    private StopSignals() {
    }

    /** Handles SIGINT and SIGTERM until {@link #close closed}. */
    static StopSignals install() {
        StopSignals stop = new StopSignals();
        for (String name : NAMES) {
            try {
                Signal signal = new Signal(name);
                stop.replaced.put(signal, Signal.handle(signal, stop::received));
            } catch (IllegalArgumentException unavailable) {
                // this signal keeps the JVM's handling: an immediate exit
            }
        }
        return stop;
    }

    private void received(Signal signal) {
        if (!requested.compareAndSet(false, true)) {
            System.exit(ExitCodes.INTERRUPTED);
        }
    }

    /** Whether a signal asked the batch to stop. */
    boolean requested() {
        return requested.get();
    }

    /** Gives the signals back their previous handling. */
    @Override
    public void close() {
        replaced.forEach(Signal::handle);
    }
}
