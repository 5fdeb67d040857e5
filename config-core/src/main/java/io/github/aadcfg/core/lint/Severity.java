package io.github.aadcfg.core.lint;

/** How serious a finding is. Edits refuse to run on a file with an {@link #ERROR} unless forced. */
public enum Severity {
    WARNING,
    ERROR
}
