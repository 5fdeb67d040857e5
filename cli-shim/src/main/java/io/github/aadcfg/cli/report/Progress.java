package io.github.aadcfg.cli.report;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for batches on a terminal. It appears only once a batch has run for a
 * moment, and is cleared before each line of output so that it never mixes with it.
 */
final class Progress {
    private static final long DELAY_NANOS = 300_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private int shownLength;

    /** A bar on {@code err} counting up to {@code total} files. */
    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** Removes the bar, if shown. */
    void clear() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }

    /** Shows {@code done} of the total, once the batch has run for a moment. */
    void show(int done) {
        if (System.nanoTime() - start < DELAY_NANOS) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String bar = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total;
        err.print("\r" + bar);
        err.flush();
        shownLength = bar.length();
    }
}
