package io.github.aadcfg.cli.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subcommands of {@code aadcfg}, kept out of its {@code @Command} annotation so that a run can add only the
 * one its command line names.
 */
public final class Subcommands {
    /** The subcommands by name (each class's {@code @Command} name), in the order the help lists them. */
    public static final Map<String, Class<?>> BY_NAME;

    static {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("proxy", ProxyCommand.class);
        all.put("tracing", TracingCommand.class);
        all.put("appsetting", AppSettingCommand.class);
        all.put("fips", FipsCommand.class);
        all.put("transform", TransformCommand.class);
        all.put("lint", LintCommand.class);
        all.put("backups", BackupsCommand.class);
        all.put("restore", RestoreCommand.class);
        all.put("where", WhereCommand.class);
        all.put("demo", DemoCommand.class);
        all.put("completion", CompletionCommand.class);
        BY_NAME = Collections.unmodifiableMap(all);
    }

    private Subcommands() {
    }
}
