package io.github.aadcfg.core.report;

/** How serious a finding is. Edits refuse to run on a file with an {@link #ERROR} unless forced. */
public enum Severity {
    WARNING,
    ERROR
}
