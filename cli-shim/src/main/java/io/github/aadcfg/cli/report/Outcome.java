package io.github.aadcfg.cli.report;

/**
 * What became of a file that was handled: its JSON {@code status} and its words in the human summary. A
 * report's outcomes are an enum declared from the least to the most significant, so that {@link #ordinal()}
 * tells which one sums up a run (the JSON summary's {@code status}).
 */
interface Outcome {
    /** The JSON {@code status}, e.g. {@code would-change}. */
    String json();

    /** How the human summary counts it, e.g. {@code would change}. */
    String human();

    /** Its rank among its report's outcomes: the higher, the more significant. */
    int ordinal();
}
