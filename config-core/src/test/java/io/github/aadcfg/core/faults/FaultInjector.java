package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Records every I/O call of a run as a {@link FaultPoint} and fails the calls at the points it was given, once
 * each, with an {@link IOException} as a failing disk would.
 */
final class FaultInjector implements IoObserver {
    /** A call seen: where it counts as a fault point, and the path it went to. */
    record Call(FaultPoint point, Path path) {
    }

    private final Function<Path, PathRole> roles;
    private final Set<FaultPoint> faults;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Set<FaultPoint> hit = new LinkedHashSet<>();

    /**
     * @param roles  what each path is to the edit
     * @param faults the calls to fail (none: a clean, recorded run)
     */
    FaultInjector(Function<Path, PathRole> roles, Set<FaultPoint> faults) {
        this.roles = roles;
        this.faults = Set.copyOf(faults);
    }

    @Override
    public synchronized void observe(Operation operation, Path path) throws IOException {
        PathRole role = roles.apply(path);
        int nth = counts.merge(operation + " " + role, 1, Integer::sum);
        FaultPoint point = new FaultPoint(operation, role, nth);
        calls.add(new Call(point, path));
        if (faults.contains(point)) {
            hit.add(point);
            throw new IOException("injected fault at " + point);
        }
    }

    /** Every call seen, in order. */
    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The faults that were injected. */
    synchronized Set<FaultPoint> hit() {
        return Set.copyOf(hit);
    }

    /**
     * The kinds of call seen, each with the most calls of it made on any one path: independent of how deep the
     * directories are (a directory tree is walked one directory at a time), and changed by a new call.
     */
    synchronized Map<String, Integer> kindsPerPath() {
        Map<String, Integer> perPath = new HashMap<>();
        for (Call call : calls) {
            perPath.merge(call.point().kind() + "\u0000" + call.path(), 1, Integer::sum);
        }
        Map<String, Integer> kinds = new TreeMap<>();
        perPath.forEach((key, n) -> kinds.merge(key.substring(0, key.indexOf('\u0000')), n, Math::max));
        return kinds;
    }
}
