package io.github.aadcfg.cli.option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

import io.github.aadcfg.core.agent.AgentLocator;
import io.github.aadcfg.core.agent.AgentProgram;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetsTest {
    private static final Path AGENT_DEFAULT = Path.of(AgentProgram.PROVISIONING_AGENT.defaultConfig());
    private static final Path UPDATER_DEFAULT = Path.of(AgentProgram.AGENT_UPDATER.defaultConfig());

    private final CommandSpec spec = new CommandLine(CommandSpec.create()).getCommandSpec();
    private final Path named = Path.of("a.config");
    /** The registry's values, by key and name ({@code KEY|NAME}). */
    private final Map<String, String> registry = new HashMap<>();
    private final AgentLocator locator = new AgentLocator((key, name) -> Optional.ofNullable(registry.get(key + "|" + name)));
    private final AgentHost windows = new AgentHost("Windows Server 2022", locator);
    private final AgentHost linux = new AgentHost("Linux", locator);

    private void install(AgentProgram program, String directory, String process) {
        registry.put(program.registryKey() + "|" + AgentLocator.INSTALL_DIR, directory);
        registry.put(program.registryKey() + "|" + AgentLocator.SERVICE_PROCESS_NAME, process);
    }

    @Test
    void onWindowsWithoutTheRegistrysValuesTheAgentsConfigAtItsDefaultPathIsTheDefaultAndUpdaterAddsTheUpdaters() {
        assertThat(Targets.of(spec, List.of(), null, false, windows)).containsExactly(AGENT_DEFAULT);
        assertThat(Targets.of(spec, List.of(), null, true, windows)).containsExactly(AGENT_DEFAULT, UPDATER_DEFAULT);
        assertThat(Targets.of(spec, List.of(named), null, true, windows)).containsExactly(named, UPDATER_DEFAULT);
    }

    @Test
    void onWindowsTheDefaultsAreWhereTheRegistrySaysTheProgramsAreInstalled() {
        install(AgentProgram.PROVISIONING_AGENT, "D:\\Agent\\", "AADConnectProvisioningAgent.exe");
        install(AgentProgram.AGENT_UPDATER, "D:\\Updater", "AADConnectAgentUpdater.exe");

        assertThat(Targets.of(spec, List.of(), null, true, windows)).containsExactly(
                Path.of("D:\\Agent\\AADConnectProvisioningAgent.exe.config"),
                Path.of("D:\\Updater\\AADConnectAgentUpdater.exe.config"));
        assertThat(Targets.of(spec, List.of(named), null, false, windows)).containsExactly(named);
    }

    @Test
    void whereOnlyTheUpdatersValuesAreMissingItsConfigIsAtItsDefaultPath() {
        install(AgentProgram.PROVISIONING_AGENT, "D:\\Agent\\", "AADConnectProvisioningAgent.exe");

        assertThat(Targets.of(spec, List.of(), null, true, windows)).containsExactly(
                Path.of("D:\\Agent\\AADConnectProvisioningAgent.exe.config"), UPDATER_DEFAULT);
    }

    @Test
    void elsewhereAFileMustBeGiven() {
        install(AgentProgram.PROVISIONING_AGENT, "D:\\Agent\\", "AADConnectProvisioningAgent.exe");

        assertThatThrownBy(() -> Targets.of(spec, List.of(), null, false, linux))
                .isInstanceOf(ParameterException.class).hasMessageContaining("Missing FILE");
        assertThatThrownBy(() -> Targets.of(spec, List.of(named), null, true, linux))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--updater");
    }

    @Test
    void aFileGivenTwiceOrThroughALinkIsOneTargetSpelledAsFirstGiven(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.config"), "");
        Path link = Files.createSymbolicLink(dir.resolve("link.config"), file);
        Path missing = dir.resolve("missing.config");

        assertThat(Targets.of(spec, List.of(link, file, missing), List.of(dir.resolve("./a.config"), missing,
                dir.resolve("./missing.config")), false, linux)).containsExactly(link, missing);
    }

    @Test
    void namedFilesComeFirstThenListedOnesAndAnEmptyListAloneIsNoFiles() {
        Path listed = Path.of("b.config");
        assertThat(Targets.of(spec, List.of(named), List.of(listed), false, linux)).containsExactly(named, listed);
        assertThat(Targets.of(spec, List.of(named), List.of(), false, linux)).containsExactly(named);
        assertThatThrownBy(() -> Targets.of(spec, List.of(), List.of(), false, windows))
                .isInstanceOfSatisfying(AadcfgException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.INPUT_UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("no files");
                });
    }
}
