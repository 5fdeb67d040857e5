package io.github.aadcfg.cli.option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetsTest {
    private final CommandSpec spec = new CommandLine(CommandSpec.create()).getCommandSpec();
    private final Path named = Path.of("a.config");

    @Test
    void onWindowsTheAgentsConfigIsTheDefaultAndUpdaterAddsTheUpdaters() {
        assertThat(Targets.of(spec, List.of(), null, false, true)).containsExactly(Path.of(Targets.AGENT_CONFIG));
        assertThat(Targets.of(spec, List.of(), null, true, true))
                .containsExactly(Path.of(Targets.AGENT_CONFIG), Path.of(Targets.UPDATER_CONFIG));
        assertThat(Targets.of(spec, List.of(named), null, true, true))
                .containsExactly(named, Path.of(Targets.UPDATER_CONFIG));
    }

    @Test
    void elsewhereAFileMustBeGiven() {
        assertThatThrownBy(() -> Targets.of(spec, List.of(), null, false, false))
                .isInstanceOf(ParameterException.class).hasMessageContaining("Missing FILE");
        assertThatThrownBy(() -> Targets.of(spec, List.of(named), null, true, false))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--updater");
    }

    @Test
    void aFileGivenTwiceOrThroughALinkIsOneTargetSpelledAsFirstGiven(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.config"), "");
        Path link = Files.createSymbolicLink(dir.resolve("link.config"), file);
        Path missing = dir.resolve("missing.config");

        assertThat(Targets.of(spec, List.of(link, file, missing), List.of(dir.resolve("./a.config"), missing,
                dir.resolve("./missing.config")), false, false)).containsExactly(link, missing);
    }

    @Test
    void namedFilesComeFirstThenListedOnesAndAnEmptyListAloneIsNoFiles() {
        Path listed = Path.of("b.config");
        assertThat(Targets.of(spec, List.of(named), List.of(listed), false, false)).containsExactly(named, listed);
        assertThat(Targets.of(spec, List.of(named), List.of(), false, false)).containsExactly(named);
        assertThatThrownBy(() -> Targets.of(spec, List.of(), List.of(), false, true))
                .isInstanceOfSatisfying(AadcfgException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.INPUT_UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("no files");
                });
    }
}
