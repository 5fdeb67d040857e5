package io.github.aadcfg.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code restartService}: {@code false} in any case (or unset) restarts nothing and checks nothing; anything else is
 * checked before any file is read, the name and the timeout first. (The restart itself: the restart-service IT.)
 */
class RestartServiceTest {
    @Test
    void falseInAnyCaseRestartsNothing() {
        FileLog log = new FileLog(new SystemStreamLog());
        for (String off : new String[] {"false", "FALSE", "False", null}) {
            RestartService none = RestartService.of(off, 0);

            assertThat(none.log(log)).as(off).isSameAs(log);
            assertThatCode(() -> none.afterRun(ConfigEditor.builder().build(), List.of(), log)).doesNotThrowAnyException();
        }
    }

    @Test
    void anInvalidNameOrTimeoutIsRefusedNamingTheParameter() {
        List<String> messages = new ArrayList<>();
        for (String[] parameters : new String[][] {{"", "60"}, {"a/b", "60"}, {"true", "0"}, {"TRUE", "3601"}}) {
            AadcfgException error = catchThrowableOfType(AadcfgException.class,
                    () -> RestartService.of(parameters[0], Integer.parseInt(parameters[1])));
            assertThat(error.category()).isEqualTo(Category.INVALID_VALUE);
            messages.add(error.getMessage());
        }

        assertThat(messages).allSatisfy(m -> assertThat(m).matches("restart(Service|Timeout): must be .*"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void withoutScExeTheGoalFailsBeforeAnyFileSayingServicesAreRestartedOnlyOnWindows() {
        AadcfgException error = catchThrowableOfType(AadcfgException.class, () -> RestartService.of("true", 60));

        assertThat(error.category()).isEqualTo(Category.SERVICE);
        assertThat(error.code()).isEqualTo("no-service-control");
        assertThat(error.getMessage()).contains("only on Windows");
    }
}
