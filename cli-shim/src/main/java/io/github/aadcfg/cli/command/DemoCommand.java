package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.github.aadcfg.cli.report.EditReport;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.cli.report.Style;
import io.github.aadcfg.cli.report.Terminal;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;

/** {@code aadcfg demo}: the main edits, as diffs, on a temporary copy of the bundled sample config. */
@Command(name = "demo",
        description = "Show what the proxy and verbose-tracing edits do, as unified diffs, on a temporary copy of "
                + "the bundled sample " + BundledSample.NAME + ". Nothing else is read or written.",
        footerHeading = "%nExample:%n",
        footer = "  aadcfg demo")
final class DemoCommand implements Callable<Integer> {
    private static final String PROXY = "http://proxy.contoso.com:8080";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Style style = new Style(Terminal.colors());
        Path directory = Files.createTempDirectory("aadcfg-demo");
        try {
            Path copy = BundledSample.copyInto(directory);
            ConfigEditor editor = ConfigEditor.builder().build();
            out.println("The bundled sample " + BundledSample.NAME + ", copied to a temporary directory. Dry runs:");
            show(out, style, editor, copy, "proxy set --address " + PROXY, new SetProxy(ProxySettings.of(PROXY)));
            show(out, style, editor, copy, "tracing enable", new EnableTracing());
            out.println();
            out.println("Without --dry-run each file is backed up, checked and replaced atomically; "
                    + "see aadcfg --help.");
            out.flush();
            return ExitCodes.OK;
        } finally {
            deleteTree(directory);
        }
    }

    private static void show(PrintWriter out, Style style, ConfigEditor editor, Path copy, String command,
            ConfigEdit edit) {
        out.println();
        out.println("$ aadcfg " + command + " --dry-run " + BundledSample.NAME);
        EditReport.planned(Path.of(BundledSample.NAME), editor.plan(copy, List.of(edit)), List.of(edit.description()))
                .printHuman(out, style);
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Files.delete(entry);
            }
        }
        Files.delete(directory);
    }
}
