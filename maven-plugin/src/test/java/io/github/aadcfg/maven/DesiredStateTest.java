package io.github.aadcfg.maven;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.edits.ConfigEdit;

import static org.assertj.core.api.Assertions.assertThat;

class DesiredStateTest {
    @Test
    void nothingDeclaredIsEmpty() throws Exception {
        DesiredState state = DesiredState.of(null, null, null, null, null);

        assertThat(state.isEmpty()).isTrue();
        assertThat(state.edits()).isEmpty();
    }

    @Test
    void appSettingsInKeyOrderThenFipsPolicy() throws Exception {
        DesiredState state = DesiredState.of(null, null, Map.of("b", "2", "a", "1"), false, null);

        assertThat(state.edits()).extracting(ConfigEdit::description)
                .containsExactly("appsetting set a", "appsetting set b", new SetFipsPolicy(false).description());
    }
}
