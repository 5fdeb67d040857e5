package io.github.aadcfg.cli.command;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import io.github.aadcfg.cli.option.AgentHost;
import io.github.aadcfg.cli.report.LocationReport;
import io.github.aadcfg.cli.report.ReportPrinter;
import io.github.aadcfg.core.agent.AgentProgram;

/** {@code aadcfg where}: where the agent's config is, how that was found, and whether it exists. */
@Command(name = "where",
        description = {"Show where the provisioning agent's config is (and with --updater the Agent Updater's), as "
                + "the commands over files take it when no FILE is given, and how that was found: from the values "
                + "InstallDir and ServiceProcessName under HKLM\\SOFTWARE\\Microsoft\\Azure AD Connect Agents\\..., "
                + "read with reg.exe, or else the default path, and why; and whether the file exists. Windows only."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg where --updater")
final class WhereCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON Lines on standard output: one object per config, then a "
            + "summary.")
    boolean json;

    @Option(names = "--updater", description = "Also the Agent Updater's config.")
    boolean updater;

    private final AgentHost host;

    /** The command on this machine. */
    WhereCommand() {
        this(AgentHost.current());
    }

    /** The command on {@code host}. */
    WhereCommand(AgentHost host) {
        this.host = host;
    }

    @Override
    public Integer call() {
        if (!host.windows()) {
            throw new ParameterException(spec.commandLine(), "where reads the Windows registry, and this is "
                    + host.osName() + ", not Windows: name the config file instead");
        }
        List<AgentProgram> programs = updater ? List.of(AgentProgram.PROVISIONING_AGENT, AgentProgram.AGENT_UPDATER)
                : List.of(AgentProgram.PROVISIONING_AGENT);
        ReportPrinter printer = ReportPrinter.create(spec, json, false, programs.size(), false);
        programs.forEach(program -> printer.print(LocationReport.of(host.locate(program))));
        return printer.finish();
    }
}
