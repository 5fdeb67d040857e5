package io.github.aadcfg.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BooleanParameterTest {
    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "tRUE"})
    void trueInAnyCaseIsTrue(String value) throws MojoExecutionException {
        assertThat(BooleanParameter.optional("enforceFipsPolicy", value)).isTrue();
        assertThat(BooleanParameter.isOn("skip", value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "False"})
    void falseInAnyCaseIsFalse(String value) throws MojoExecutionException {
        assertThat(BooleanParameter.optional("enforceFipsPolicy", value)).isFalse();
        assertThat(BooleanParameter.isOn("skip", value)).isFalse();
    }

    @Test
    void notSetIsNullOrOff() throws MojoExecutionException {
        assertThat(BooleanParameter.optional("enforceFipsPolicy", null)).isNull();
        assertThat(BooleanParameter.isOn("skip", null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "on", "1", "y", "", " true", "false "})
    void anyOtherWordFailsNamingTheParameterAndTheValue(String value) {
        assertThatThrownBy(() -> BooleanParameter.optional("tracing.verbose", value))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("tracing.verbose: must be true or false, was \"" + value + "\"");
        assertThatThrownBy(() -> BooleanParameter.isOn("dryRun", value))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("dryRun: must be true or false, was \"" + value + "\"");
    }
}
