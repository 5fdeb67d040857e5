package io.github.aadcfg.core;

import java.nio.file.*;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.aadcfg.core.agent.ProxySettings;

class ScratchTest {
    @Test
    void show() throws Exception {
        for (String name : new String[] {"../testdata/agent/AADConnectProvisioningAgent.exe.config", "../testdata/variants/tabs.config", "../testdata/variants/existing-proxy.config", "../testdata/variants/no-diagnostics.config", "../testdata/variants/empty-appsettings-selfclosed.config", "../testdata/variants/multiline-attrs.config"}) {
            Path p = Path.of(name);
            byte[] bytes = Files.readAllBytes(p);
            Plan plan = Planner.plan(p, bytes, List.of(AgentEdits.setProxy(ProxySettings.of("http://proxy.contoso.com:8080").withBypassList(List.of(".*\\.contoso\\.com"))), AgentEdits.enableVerboseTracing(), AgentEdits.setAppSetting("ServiceBusConnectionMode", "WebSocket"), AgentEdits.setFipsPolicy(false)), true);
            System.out.println(plan.unifiedDiff());
            Plan again = Planner.plan(p, plan.editedBytes(), List.of(AgentEdits.setProxy(ProxySettings.of("http://proxy.contoso.com:8080").withBypassList(List.of(".*\\.contoso\\.com"))), AgentEdits.enableVerboseTracing(), AgentEdits.setAppSetting("ServiceBusConnectionMode", "WebSocket"), AgentEdits.setFipsPolicy(false)), true);
            System.out.println("again changed: " + again.changed());
        }
    }
}
