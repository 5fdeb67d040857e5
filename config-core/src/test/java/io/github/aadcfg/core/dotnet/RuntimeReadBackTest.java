package io.github.aadcfg.core.dotnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.agent.DisableTracing;
import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.RemoveAppSetting;
import io.github.aadcfg.core.agent.RemoveProxy;
import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * The .NET runtime reads every typed edit back as intended: for every testdata and corpus config the runtime
 * accepts, and every typed edit aadcfg makes on it, the runtime sees the intended change (the effective proxy
 * of a URL and its bypass, the agent's trace listeners and filter, appSettings) and everything else as before.
 */
class RuntimeReadBackTest {
    private static final String PROXY = "http://proxy.contoso.com:8080";
    private static final String VIA_PROXY = " bypassed=False via=" + PROXY + "/";
    private static final List<String> URLS = List.of("http://example.com/", "http://10.1.2.3/",
            "http://intranet.contoso.com/", "http://localhost/");

    @TempDir
    Path dir;

    /** A typed edit and what the runtime must see after it, given what it saw before. */
    private record Case(String name, ConfigEdit edit, BiFunction<RuntimeView, RuntimeView, List<String>> problems) {
    }

    private static List<Case> cases() {
        return List.of(
                new Case("proxy set", new SetProxy(ProxySettings.of(PROXY)), (before, after) -> problems(
                        contains(after, "proxy http://example.com/" + VIA_PROXY),
                        before.of("proxy").equals(noProxy()) ? equal(after.of("proxy"), List.of(
                                "proxy http://example.com/" + VIA_PROXY, "proxy http://10.1.2.3/" + VIA_PROXY,
                                "proxy http://intranet.contoso.com/" + VIA_PROXY,
                                "proxy http://localhost/ bypassed=True via=http://localhost/")) : List.of(),
                        unchanged(before, after, "appsetting", "trace"))),
                new Case("proxy set with bypass", new SetProxy(ProxySettings.of(PROXY)
                        .withBypassList(List.of(".*\\.contoso\\.com")).withBypassOnLocal(false)),
                        (before, after) -> problems(
                                contains(after, "proxy http://example.com/" + VIA_PROXY),
                                contains(after, "proxy http://intranet.contoso.com/ bypassed=True "
                                        + "via=http://intranet.contoso.com/"),
                                unchanged(before, after, "appsetting", "trace"))),
                new Case("proxy remove", new RemoveProxy(), (before, after) -> problems(
                        equal(after.of("proxy"), noProxy()), unchanged(before, after, "appsetting", "trace"))),
                new Case("tracing enable", new EnableTracing(), (before, after) -> problems(
                        equal(new LinkedHashSet<>(after.of("trace")), verbose(before)),
                        unchanged(before, after, "appsetting", "proxy"))),
                new Case("tracing disable --level Warning",
                        new DisableTracing(DisableTracing.Way.LEVEL_ONLY, "Warning"), (before, after) -> problems(
                                equal(new LinkedHashSet<>(after.of("trace")), lowered(before, "Warning")),
                                unchanged(before, after, "appsetting", "proxy"))),
                new Case("appsetting set", new SetAppSetting("ServiceBusConnectionMode", "WebSocket"),
                        (before, after) -> problems(
                                equal(new LinkedHashSet<>(after.of("appsetting")),
                                        withSetting(before, "ServiceBusConnectionMode", "WebSocket")),
                                unchanged(before, after, "proxy", "trace"))),
                new Case("appsetting remove", new RemoveAppSetting("TraceFileMaxSizeMB"),
                        (before, after) -> problems(
                                equal(new LinkedHashSet<>(after.of("appsetting")),
                                        withSetting(before, "TraceFileMaxSizeMB", null)),
                                unchanged(before, after, "proxy", "trace"))),
                new Case("fips", new SetFipsPolicy(false),
                        (before, after) -> unchanged(before, after, "appsetting", "proxy", "trace")));
    }

    @Test
    void theRuntimeSeesExactlyTheIntendedChangeOfEveryTypedEdit() throws IOException {
        List<Path> configs = Testdata.wellFormed();
        Map<Path, RuntimeView> originals = RuntimeView.of(configs);
        ConfigEditor editor = ConfigEditor.builder().build();
        Map<Path, String> edited = new LinkedHashMap<>();
        int refusedByRuntime = 0;
        int refusedByAadcfg = 0;
        for (Path config : configs) {
            if (originals.get(config).refused()) {
                refusedByRuntime++;
                continue;
            }
            for (Case edit : cases()) {
                try {
                    Plan plan = editor.plan(config, Testdata.read(config), List.of(edit.edit()));
                    Path copy = Files.write(dir.resolve(edited.size() + ".config"), plan.editedBytes());
                    edited.put(copy, config.getFileName() + " / " + edit.name());
                } catch (AadcfgException refused) {
                    refusedByAadcfg++; // a file aadcfg will not edit (lint errors, not .NET) is not read back
                }
            }
        }
        Map<Path, RuntimeView> results = RuntimeView.of(List.copyOf(edited.keySet()));

        List<String> problems = new ArrayList<>();
        int index = 0;
        for (Path copy : edited.keySet()) {
            String what = edited.get(copy);
            Path config = configs.stream().filter(c -> what.startsWith(c.getFileName() + " / ")).findFirst()
                    .orElseThrow();
            Case edit = cases().stream().filter(c -> what.endsWith(" / " + c.name())).findFirst().orElseThrow();
            RuntimeView after = results.get(copy);
            if (after.refused()) {
                problems.add(what + ": the runtime refuses the result: " + after.lines());
            } else {
                edit.problems().apply(originals.get(config), after).forEach(p -> problems.add(what + ": " + p));
            }
            index++;
        }
        System.out.printf("runtime read-back: %d configs, %d refused by the runtime as they are, %d edits refused "
                + "by aadcfg (lint errors), %d edited files read back by Mono, %d not as intended%n", configs.size(),
                refusedByRuntime, refusedByAadcfg, index, problems.size());

        assertThat(index).as("edited files read back").isGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    private static List<String> noProxy() {
        return URLS.stream().map(url -> "proxy " + url + " bypassed=True via=" + url).toList();
    }

    /** The trace facts of verbose tracing: the listeners before, with the guide's three and etw at All. */
    private static Set<String> verbose(RuntimeView before) {
        Set<String> expected = new LinkedHashSet<>();
        for (String line : before.of("trace")) {
            if (!line.startsWith("trace listener etw ") && !line.startsWith("trace listener console ")) {
                expected.add(line);
            }
        }
        expected.add("trace listener console System.Diagnostics.ConsoleTraceListener");
        expected.add("trace listener etw System.Diagnostics.EventLogTraceListener filter=All");
        expected.add("trace listener textWriterListener System.Diagnostics.TextWriterTraceListener");
        return expected;
    }

    /** The trace facts with the text writer gone and the etw filter at {@code level}. */
    private static Set<String> lowered(RuntimeView before, String level) {
        Set<String> expected = new LinkedHashSet<>();
        for (String line : before.of("trace")) {
            if (line.startsWith("trace listener textWriterListener ")) {
                continue;
            }
            expected.add(line.startsWith("trace listener etw ") ? line.replaceAll(" filter=\\w+$", "")
                    + " filter=" + level : line);
        }
        return expected;
    }

    /** The appSettings facts with {@code key} set to {@code value}, or removed for {@code null}. */
    private static Set<String> withSetting(RuntimeView before, String key, String value) {
        Set<String> expected = new LinkedHashSet<>();
        before.of("appsetting").stream().filter(line -> !line.startsWith("appsetting " + key + "="))
                .forEach(expected::add);
        if (value != null) {
            expected.add("appsetting " + key + "=" + value);
        }
        return expected;
    }

    private static List<String> contains(RuntimeView view, String line) {
        return view.lines().contains(line) ? List.of() : List.of("expected '" + line + "' in " + view.lines());
    }

    private static List<String> equal(Object actual, Object expected) {
        return actual.equals(expected) ? List.of() : List.of("expected " + expected + " but the runtime saw " + actual);
    }

    private static List<String> unchanged(RuntimeView before, RuntimeView after, String... kinds) {
        List<String> problems = new ArrayList<>();
        for (String kind : kinds) {
            problems.addAll(equal(after.of(kind), before.of(kind)));
        }
        return problems;
    }

    @SafeVarargs
    private static List<String> problems(List<String>... parts) {
        return List.of(parts).stream().flatMap(List::stream).toList();
    }
}
