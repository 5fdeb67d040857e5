package io.github.aadcfg.cli.report;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that override refusals, by the refusal's stable error code: the one place that says which.
 * A command offers the override only when it has the option (a restore has no {@code --level}, so its
 * {@code no-backup} names none).
 */
public final class Overrides {
    /** The option that overrides each refusal that has one. */
    static final Map<String, String> OPTION_BY_CODE = Map.of(
            "lint-errors", "--force",
            "hard-linked", "--force",
            "verify-lint", "--force",
            "not-a-backup", "--force",
            "locked", "--wait",
            "no-backup", "--level",
            "untrusted-backup", "--backup");

    /** Overrides for no command: none. */
    static final Overrides NONE = new Overrides(Map.of());

    private final Map<String, String> hintByCode;

    private Overrides(Map<String, String> hintByCode) {
        this.hintByCode = hintByCode;
    }

    /** The overrides {@code command} offers, each as the option and its parameter, e.g. {@code --wait SECONDS}. */
    public static Overrides of(CommandSpec command) {
        Map<String, String> hints = new LinkedHashMap<>();
        OPTION_BY_CODE.forEach((code, name) -> {
            OptionSpec option = command.findOption(name);
            if (option != null) {
                hints.put(code, option.arity().max() == 0 ? name : name + " " + option.paramLabel());
            }
        });
        return new Overrides(hints);
    }

    /** The option that overrides {@code failure}, or {@code null}. */
    String hint(Failure failure) {
        return failure == null ? null : hintByCode.get(failure.code());
    }

    /** What human output appends to an error that {@code hint} overrides; empty without one. */
    static String humanSuffix(String hint) {
        return hint == null ? "" : " (override with " + hint + ")";
    }
}
