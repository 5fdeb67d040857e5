package io.github.aadcfg.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;

class DesiredStateTest {
    private final ConfigEditor editor = ConfigEditor.builder().build();

    @Test
    void nothingDeclaredIsEmpty() throws Exception {
        DesiredState state = DesiredState.of(null, null, null, null, null);

        assertThat(state.isEmpty()).isTrue();
        assertThat(state.editsFor(Path.of("a.config"), editor)).isEmpty();
    }

    @Test
    void appSettingsInKeyOrderThenFipsPolicy() throws Exception {
        DesiredState state = DesiredState.of(null, null, Map.of("b", "2", "a", "1"), false, null);

        assertThat(state.editsFor(Path.of("a.config"), editor)).extracting(ConfigEdit::description)
                .containsExactly("appsetting set a", "appsetting set b", AgentEdits.setFipsPolicy(false).description());
    }
}
