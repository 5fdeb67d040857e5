package io.github.aadcfg.cli.report;

/**
 * What became of a file that was handled. Each report declares its outcomes as constants, ranked from the
 * least to the most significant, so that the JSON summary's {@code status} is the highest-ranked one seen.
 *
 * @param json  the JSON {@code status}, e.g. {@code would-change}
 * @param human how the human summary counts it, e.g. {@code would change}
 * @param rank  its rank among its report's outcomes: the higher, the more significant
 */
public record Outcome(String json, String human, int rank) {
}
