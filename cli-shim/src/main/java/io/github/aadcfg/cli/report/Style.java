package io.github.aadcfg.cli.report;

/** Colors for human output, or none. */
public final class Style {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";

    private final boolean colors;

    /** A style that colors when {@code colors} is true. */
    public Style(boolean colors) {
        this.colors = colors;
    }

    /** A unified diff with removed lines red, added lines green and hunk headers cyan. */
    String diff(String diff) {
        if (!colors || diff.isEmpty()) {
            return diff;
        }
        StringBuilder out = new StringBuilder(diff.length() + 256);
        for (String line : diff.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            String color = colorFor(line);
            out.append(color.isEmpty() ? line : color + line + RESET);
        }
        return out.toString();
    }

    private static String colorFor(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) {
            return BOLD;
        }
        if (line.startsWith("@@")) {
            return CYAN;
        }
        if (line.startsWith("+")) {
            return GREEN;
        }
        if (line.startsWith("-")) {
            return RED;
        }
        return "";
    }
}
