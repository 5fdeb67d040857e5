package io.github.aadcfg.core.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The real control, running the stand-in for sc.exe ({@link FakeSc}), found as sc.exe is found: in
 * {@code %SystemRoot%\System32}, else on {@code PATH}.
 */
class ScServiceControlTest {
    private static final String AGENT = AgentService.NAME;

    @TempDir
    Path dir;
    FakeSc sc;
    ScServiceControl control;

    @BeforeEach
    void installTheStandIn() {
        sc = FakeSc.install(Testdata.ROOT, dir.resolve("bin"));
        control = ScServiceControl.locate(Map.of("PATH", dir.resolve("empty") + ":" + sc.directory()));
    }

    @Test
    void theFirstScExeOnThePathIsUsedUnlessSystemRootHasOne() throws IOException {
        Path system32 = Files.createDirectories(dir.resolve("Windows/System32"));
        Path windowsSc = script(system32.resolve("sc.exe"), "exit 0");

        assertThat(control.executable()).contains(sc.directory().resolve("sc.exe"));
        assertThat(ScServiceControl.locate(Map.of("SystemRoot", dir.resolve("Windows").toString(), "PATH",
                sc.directory().toString())).executable()).contains(windowsSc);
        assertThat(ScServiceControl.locate(Map.of("PATH", sc.directory() + ":" + system32)).executable())
                .contains(sc.directory().resolve("sc.exe"));
    }

    @Test
    void withoutScExeEveryCallFailsSayingServicesAreRestartedOnlyOnWindows() throws IOException {
        Files.writeString(dir.resolve("sc.exe"), "not executable");
        ScServiceControl none = ScServiceControl.locate(Map.of("PATH", dir.toString()));

        assertThat(none.executable()).isEmpty();
        assertThat(ScServiceControl.locate(Map.of()).executable()).isEmpty();
        for (Runnable call : List.<Runnable>of(() -> none.state(AGENT), () -> none.stop(AGENT), () -> none.start(AGENT))) {
            AadcfgException error = Failures.thrown(Category.SERVICE, call::run);
            assertThat(error.code()).isEqualTo("no-service-control");
            assertThat(error.getMessage()).contains("no sc.exe", AGENT, "only on Windows");
        }
    }

    @Test
    void queryStopAndStartRunScExeAndReadTheStates() {
        assertThat(control.state(AGENT)).isEqualTo(ServiceState.RUNNING);
        control.stop(AGENT);
        assertThat(List.of(control.state(AGENT), control.state(AGENT)))
                .containsExactly(ServiceState.STOP_PENDING, ServiceState.STOPPED);
        control.start(AGENT);
        assertThat(List.of(control.state(AGENT), control.state(AGENT)))
                .containsExactly(ServiceState.START_PENDING, ServiceState.RUNNING);

        assertThat(sc.calls()).containsExactly("query " + AGENT, "stop " + AGENT, "query " + AGENT,
                "query " + AGENT, "start " + AGENT, "query " + AGENT, "query " + AGENT);
    }

    @Test
    void stoppingAStoppedServiceAndStartingARunningOneLeaveItAsItIs() {
        assertThatCode(() -> control.start(AGENT)).doesNotThrowAnyException();
        assertThat(sc.state()).isEqualTo(ServiceState.RUNNING);

        sc.state(ServiceState.STOPPED);
        assertThatCode(() -> control.stop(AGENT)).doesNotThrowAnyException();
        assertThat(sc.state()).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void aServiceThatIsNotInstalledIsNamed() {
        AadcfgException error = Failures.thrown(Category.SERVICE, () -> control.state("AADConnectProvisioningAgnet"));

        assertThat(error.code()).isEqualTo("no-such-service");
        assertThat(error.getMessage()).isEqualTo("there is no service named AADConnectProvisioningAgnet (sc.exe "
                + "query: The specified service does not exist as an installed service.)");
        assertThat(error.file()).isNull();
    }

    @Test
    void anyOtherFailureOfScExeSaysWhatItPrinted() throws IOException {
        Path denied = script(dir.resolve("denied/sc.exe"),
                "printf '[SC] OpenService FAILED 5:\\r\\n\\r\\nAccess is denied.\\r\\n\\r\\n'; exit 5");
        Path silent = script(dir.resolve("silent/sc.exe"), "exit 0");

        AadcfgException refused = Failures.thrown(Category.SERVICE,
                () -> ScServiceControl.locate(Map.of("PATH", denied.getParent().toString())).stop(AGENT));
        AadcfgException mute = Failures.thrown(Category.SERVICE,
                () -> ScServiceControl.locate(Map.of("PATH", silent.getParent().toString())).state(AGENT));

        assertThat(refused.code()).isEqualTo("service-control-failed");
        assertThat(refused.getMessage()).isEqualTo("sc.exe stop " + AGENT + " failed: error 5: Access is denied.");
        assertThat(mute.code()).isEqualTo("service-control-failed");
        assertThat(mute.getMessage()).isEqualTo("sc.exe query " + AGENT + " failed: it printed no STATE line");
    }

    private static Path script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
