package io.github.aadcfg.core.dotnet;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The lines of a source text that a result changed, as ranges of source lines: {@code [from, to)} replaced
 * or removed, or, where {@code from == to}, lines inserted before line {@code from} (0-based). Ranges that
 * touch are merged.
 *
 * @param ranges the changed ranges, in order
 */
record ChangedLines(List<Range> ranges) {
    /** Source lines {@code [from, to)}. */
    record Range(int from, int to) {
        boolean contains(Range other) {
            return from <= other.from && other.to <= to;
        }

        @Override
        public String toString() {
            return from == to ? "insertion before line " + (from + 1) : "lines " + (from + 1) + "-" + to;
        }
    }

    /** The lines of {@code source} that {@code result} changed (each line compared with its line ending). */
    static ChangedLines between(String source, String result) {
        List<Range> ranges = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(lines(source), lines(result)).getDeltas()) {
            int from = delta.getSource().getPosition();
            Range range = new Range(from, from + delta.getSource().size());
            Range last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last.to >= range.from) {
                ranges.set(ranges.size() - 1, new Range(last.from, Math.max(last.to, range.to)));
            } else {
                ranges.add(range);
            }
        }
        return new ChangedLines(List.copyOf(ranges));
    }

    /** The ranges of {@code inner} that lie in none of these ranges. */
    List<Range> outside(ChangedLines inner) {
        return inner.ranges.stream().filter(r -> ranges.stream().noneMatch(mine -> mine.contains(r))).toList();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("(?<=\n)"));
    }
}
