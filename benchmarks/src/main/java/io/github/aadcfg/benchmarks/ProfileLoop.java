package io.github.aadcfg.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;

/**
 * {@code ProfileLoop SIZE SECONDS}: plans {@code proxy set} in a loop for profiling, e.g.
 * {@code java -XX:StartFlightRecording=filename=plan.jfr -cp benchmarks.jar io.github.aadcfg.benchmarks.ProfileLoop 200k 20}
 * then {@code jfr print --events jdk.ExecutionSample plan.jfr}. SIZE is {@code agent} or a size like {@code 200k}.
 */
public final class ProfileLoop {
    private ProfileLoop() {
    }

    public static void main(String[] args) throws Exception {
        byte[] agent = Files.readAllBytes(Path.of(System.getProperty("aadcfg.sample",
                "testdata/agent/AADConnectProvisioningAgent.exe.config")));
        byte[] bytes = args[0].equals("agent") ? agent : Configs.large(agent, Configs.parseSize(args[0]));
        List<ConfigEdit> edits = List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080")));
        ConfigEditor editor = ConfigEditor.builder().build();
        long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        long n = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            editor.plan(Path.of("a.config"), bytes, edits);
            n++;
        }
        System.out.printf("%d plans, %.1f us/plan%n", n, (System.nanoTime() - start) / 1000.0 / n);
    }
}
