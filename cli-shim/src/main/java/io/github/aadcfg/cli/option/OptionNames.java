package io.github.aadcfg.cli.option;

import java.util.Map;

import io.github.aadcfg.core.report.AadcfgException;

/**
 * The core names the value an error is about by its parameter, as the Maven plugin configures it
 * ({@code proxy.address: ...}); the command line knows it by an option or parameter of its own. This is the one
 * place where the one name is put for the other.
 */
public final class OptionNames {
    /** The command line's name for each parameter that the core's messages start with. */
    private static final Map<String, String> BY_PARAMETER = Map.of(
            "proxy.address", "--address",
            "proxy.bypassList", "--bypass",
            "tracing.level", "--level",
            "tracing.logFile", "--log-file",
            "appSettings.key", "KEY",
            "appSettings.value", "VALUE",
            "restartService", "--restart-service",
            "restartTimeout", "--restart-timeout");

    private OptionNames() {
    }

    /** {@code e} with the parameter its message starts with named as on the command line; {@code e} when none. */
    public static AadcfgException inCliTerms(AadcfgException e) {
        String reason = e.reason();
        int colon = reason.indexOf(": ");
        String option = colon < 0 ? null : BY_PARAMETER.get(reason.substring(0, colon));
        if (option == null) {
            return e;
        }
        return new AadcfgException(e.category(), e.code(), e.file(), e.line(), e.column(),
                option + reason.substring(colon), e);
    }
}
