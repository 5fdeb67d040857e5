package io.github.aadcfg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.github.aadcfg.core.agent.ServiceControl;
import io.github.aadcfg.core.agent.ServiceState;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * A service whose every step can be made to fail: each stop and each start does what the next step scripted for it
 * says (by default, what a healthy service does). It records its calls, and the content of its config at each start.
 */
final class ScriptedService implements ServiceControl {
    /** What a stop request does. */
    enum Stop {
        /** The service stops. */
        STOPS,
        /** The request is refused. */
        REFUSED
    }

    /** What a start request does. */
    enum Start {
        /** The service runs. */
        RUNS,
        /** The request is refused. */
        REFUSED,
        /** The service stays START_PENDING. */
        HANGS,
        /** The service stops again as it starts. */
        FAILS
    }

    static final String NAME = "ScriptedAgent";

    private final Path config;
    private final Deque<Stop> stops = new ArrayDeque<>();
    private final Deque<Start> starts = new ArrayDeque<>();
    private final List<String> calls = new ArrayList<>();
    private final List<byte[]> configsAtStart = new ArrayList<>();
    private Runnable beforeFirstStart = () -> { };
    private ServiceState state = ServiceState.RUNNING;

    /** A running service that reads {@code config} when it starts. */
    ScriptedService(Path config) {
        this.config = config;
    }

    ScriptedService stops(Stop... next) {
        stops.addAll(List.of(next));
        return this;
    }

    ScriptedService starts(Start... next) {
        starts.addAll(List.of(next));
        return this;
    }

    ScriptedService stopped() {
        state = ServiceState.STOPPED;
        return this;
    }

    /** Runs {@code action} when the service is first asked to start, before it reads its config. */
    ScriptedService beforeFirstStart(Runnable action) {
        beforeFirstStart = action;
        return this;
    }

    /** The calls, as {@code state}, {@code stop} and {@code start}. */
    List<String> calls() {
        return calls;
    }

    /** The calls of one kind. */
    long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    /** The config's bytes at each start. */
    List<byte[]> configsAtStart() {
        return configsAtStart;
    }

    @Override
    public ServiceState state(String service) {
        known(service);
        calls.add("state");
        return state;
    }

    @Override
    public void stop(String service) {
        known(service);
        calls.add("stop");
        if (!stops.isEmpty() && stops.removeFirst() == Stop.REFUSED) {
            throw new AadcfgException(Category.SERVICE, "service-control-failed", null, "sc.exe stop " + service
                    + " failed: error 5: Access is denied.");
        }
        state = ServiceState.STOPPED;
    }

    @Override
    public void start(String service) {
        known(service);
        calls.add("start");
        if (configsAtStart.isEmpty()) {
            beforeFirstStart.run();
        }
        configsAtStart.add(read(config));
        Start next = starts.isEmpty() ? Start.RUNS : starts.removeFirst();
        if (next == Start.REFUSED) {
            throw new AadcfgException(Category.SERVICE, "service-control-failed", null, "sc.exe start " + service
                    + " failed: error 1053: The service did not respond to the start or control request in a timely "
                    + "fashion.");
        }
        state = switch (next) {
            case HANGS -> ServiceState.START_PENDING;
            case FAILS -> ServiceState.STOPPED;
            default -> ServiceState.RUNNING;
        };
    }

    private static void known(String service) {
        if (!service.equals(NAME)) {
            throw new AadcfgException(Category.SERVICE, "no-such-service", null, "there is no service named " + service);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
