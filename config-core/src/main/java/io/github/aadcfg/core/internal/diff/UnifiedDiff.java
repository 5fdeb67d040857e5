package io.github.aadcfg.core.internal.diff;

import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import io.github.aadcfg.core.internal.text.Lines;

/** Renders the difference between two versions of a file as a unified diff (3 lines of context). */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The unified diff from {@code before} to {@code after}, with {@code a/} and {@code b/} headers naming
     * {@code label}; empty when they are equal. Lines end with {@code \n}; line breaks inside the files
     * are shown without their carriage returns.
     */
    public static String of(String label, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + label, "b/" + label, original, patch, CONTEXT);
        return String.join("\n", diff) + "\n";
    }

    private static List<String> lines(String text) {
        List<String> lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
        boolean endsWithBreak = lines.size() > 1 && lines.get(lines.size() - 1).isEmpty();
        return endsWithBreak ? lines.subList(0, lines.size() - 1) : lines;
    }
}
