package io.github.aadcfg.core.dotnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the .NET configuration runtime (Mono's System.Configuration, System.Net and System.Diagnostics) sees in
 * config files, read by {@code testdata/dotnet/RuntimeProbe.cs}: one fact per line, such as
 * {@code appsetting key=value}, {@code proxy http://example.com/ bypassed=False via=http://proxy:8080/} or
 * {@code trace listener etw System.Diagnostics.EventLogTraceListener filter=All}. A section the runtime refuses
 * reads as {@code WHAT error TYPE: MESSAGE}.
 *
 * @param lines the facts, in the probe's order
 */
public record RuntimeView(List<String> lines) {
    /** Whether the runtime refused any part of the file. */
    public boolean refused() {
        return lines.stream().anyMatch(line -> line.split(" ", 3)[1].equals("error"));
    }

    /** The facts of one kind: {@code appsetting}, {@code proxy} or {@code trace}. */
    public List<String> of(String kind) {
        return lines.stream().filter(line -> line.startsWith(kind + " ")).toList();
    }

    /** The runtime's views of {@code files}, read by one Mono process. */
    public static Map<Path, RuntimeView> of(List<Path> files) {
        Mono.require();
        Path probe = Mono.compile("RuntimeProbe", "System.Configuration.dll");
        Mono.Result result = Mono.runExe(probe, files.stream().map(Path::toString).toList());
        assertThat(result.exitCode()).as(result.output()).isZero();
        Map<Path, RuntimeView> views = new LinkedHashMap<>();
        result.blocks().forEach((file, lines) -> views.put(Path.of(file), new RuntimeView(List.copyOf(lines))));
        assertThat(views.keySet()).as("files the probe read").containsExactlyElementsOf(files);
        return views;
    }
}
