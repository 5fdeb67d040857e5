package io.github.aadcfg.core.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.Testdata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What sc.exe prints, as Windows prints it (CRLF, trailing blanks: {@code testdata/service/samples/}), read for the
 * state or the error.
 */
class ScReplyTest {
    /** The sample {@code name} of sc.exe's output. */
    private static String sample(String name) {
        try {
            return Files.readString(Testdata.ROOT.resolve("service/samples").resolve(name), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theStateIsReadFromTheStateLine() {
        assertThat(ScReply.parse(sample("query-running.txt"), 0)).isEqualTo(new ScReply(ServiceState.RUNNING, 0, ""));
        assertThat(ScReply.parse(sample("query-stopped.txt"), 0).state()).isEqualTo(ServiceState.STOPPED);
        assertThat(ScReply.parse(sample("stop.txt"), 0).state()).isEqualTo(ServiceState.STOP_PENDING);
        assertThat(ScReply.parse(sample("start.txt"), 0).state()).isEqualTo(ServiceState.START_PENDING);
    }

    @Test
    void aTranslatedLabelDoesNotHideTheState() {
        String translated = sample("query-stopped.txt").replace("STATE         ", "STATUS        ")
                .replace("TYPE", "TYP");

        assertThat(translated).contains("STATUS             : 1  STOPPED");
        assertThat(ScReply.parse(translated, 0).state()).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void aFailureIsReadAsTheWindowsErrorAndItsText() {
        assertThat(ScReply.parse(sample("query-no-such-service.txt"), 1060)).isEqualTo(new ScReply(null,
                ScReply.NO_SUCH_SERVICE, "The specified service does not exist as an installed service."));
        assertThat(ScReply.parse(sample("stop-not-started.txt"), 1062)).isEqualTo(new ScReply(null,
                ScReply.NOT_STARTED, "The service has not been started."));
        assertThat(ScReply.parse(sample("stop-access-denied.txt"), 5)).isEqualTo(new ScReply(null, 5,
                "Access is denied."));
    }

    @Test
    void theErrorNumberIsReadWhateverTheLanguageOrFromTheExitCode() {
        String translated = sample("query-no-such-service.txt").replace("FAILED", "FEHLER")
                .replace("The specified service", "Der angegebene Dienst");

        assertThat(ScReply.parse(translated, 1060).error()).isEqualTo(ScReply.NO_SUCH_SERVICE);
        // an exit code of 8 bits (a POSIX stand-in) does not hide the number printed
        assertThat(ScReply.parse(sample("query-no-such-service.txt"), 1060 & 0xff).error())
                .isEqualTo(ScReply.NO_SUCH_SERVICE);
        assertThat(ScReply.parse("something unexpected\r\n", 1051)).isEqualTo(new ScReply(null, 1051,
                "something unexpected"));
    }

    @Test
    void outputWithNeitherStateNorErrorIsKeptAsTheMessage() {
        assertThat(ScReply.parse("DESCRIPTION:\r\n        SC is a command line program\r\n", 0))
                .isEqualTo(new ScReply(null, 0, "DESCRIPTION: SC is a command line program"));
    }
}
