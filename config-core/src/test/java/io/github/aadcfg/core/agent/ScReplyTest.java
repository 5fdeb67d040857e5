package io.github.aadcfg.core.agent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What sc.exe prints, as Windows prints it (CRLF, trailing blanks), read for the state or the error. */
class ScReplyTest {
    private static final String RUNNING = """
            \r
            SERVICE_NAME: AADConnectProvisioningAgent \r
                    TYPE               : 10  WIN32_OWN_PROCESS  \r
                    STATE              : 4  RUNNING \r
                                            (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)\r
                    WIN32_EXIT_CODE    : 0  (0x0)\r
                    SERVICE_EXIT_CODE  : 0  (0x0)\r
                    CHECKPOINT         : 0x0\r
                    WAIT_HINT          : 0x0\r
            """;
    private static final String STOPPED = """
            \r
            SERVICE_NAME: AADConnectProvisioningAgent \r
                    TYPE               : 10  WIN32_OWN_PROCESS  \r
                    STATE              : 1  STOPPED \r
                    WIN32_EXIT_CODE    : 1077  (0x435)\r
                    SERVICE_EXIT_CODE  : 0  (0x0)\r
                    CHECKPOINT         : 0x0\r
                    WAIT_HINT          : 0x0\r
            """;
    /** {@code sc stop}: the request accepted, the service on its way. */
    private static final String STOP_PENDING = """
            \r
            SERVICE_NAME: AADConnectProvisioningAgent \r
                    TYPE               : 10  WIN32_OWN_PROCESS  \r
                    STATE              : 3  STOP_PENDING \r
                                            (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)\r
                    WIN32_EXIT_CODE    : 0  (0x0)\r
                    SERVICE_EXIT_CODE  : 0  (0x0)\r
                    CHECKPOINT         : 0x1\r
                    WAIT_HINT          : 0x7530\r
            """;
    /** {@code sc start}: it also prints the new process and its flags. */
    private static final String START_PENDING = """
            \r
            SERVICE_NAME: AADConnectProvisioningAgent \r
                    TYPE               : 10  WIN32_OWN_PROCESS  \r
                    STATE              : 2  START_PENDING \r
                                            (NOT_STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)\r
                    WIN32_EXIT_CODE    : 0  (0x0)\r
                    SERVICE_EXIT_CODE  : 0  (0x0)\r
                    CHECKPOINT         : 0x0\r
                    WAIT_HINT          : 0x7d0\r
                    PID                : 4312\r
                    FLAGS              : \r
            """;
    private static final String NO_SUCH_SERVICE = """
            [SC] EnumQueryServicesStatus:OpenService FAILED 1060:\r
            \r
            The specified service does not exist as an installed service.\r
            \r
            """;
    private static final String NOT_STARTED = """
            [SC] ControlService FAILED 1062:\r
            \r
            The service has not been started.\r
            \r
            """;
    private static final String ACCESS_DENIED = """
            [SC] OpenService FAILED 5:\r
            \r
            Access is denied.\r
            \r
            """;

    @Test
    void theStateIsReadFromTheStateLine() {
        assertThat(ScReply.parse(RUNNING, 0)).isEqualTo(new ScReply(ServiceState.RUNNING, 0, ""));
        assertThat(ScReply.parse(STOPPED, 0).state()).isEqualTo(ServiceState.STOPPED);
        assertThat(ScReply.parse(STOP_PENDING, 0).state()).isEqualTo(ServiceState.STOP_PENDING);
        assertThat(ScReply.parse(START_PENDING, 0).state()).isEqualTo(ServiceState.START_PENDING);
    }

    @Test
    void aTranslatedLabelDoesNotHideTheState() {
        String translated = STOPPED.replace("STATE         ", "STATUS        ").replace("TYPE", "TYP");

        assertThat(ScReply.parse(translated, 0).state()).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void aFailureIsReadAsTheWindowsErrorAndItsText() {
        assertThat(ScReply.parse(NO_SUCH_SERVICE, 1060)).isEqualTo(new ScReply(null, ScReply.NO_SUCH_SERVICE,
                "The specified service does not exist as an installed service."));
        assertThat(ScReply.parse(NOT_STARTED, 1062)).isEqualTo(new ScReply(null, ScReply.NOT_STARTED,
                "The service has not been started."));
        assertThat(ScReply.parse(ACCESS_DENIED, 5)).isEqualTo(new ScReply(null, 5, "Access is denied."));
    }

    @Test
    void theErrorNumberIsReadWhateverTheLanguageOrFromTheExitCode() {
        String translated = NO_SUCH_SERVICE.replace("FAILED", "FEHLER").replace("The specified service",
                "Der angegebene Dienst");

        assertThat(ScReply.parse(translated, 1060).error()).isEqualTo(ScReply.NO_SUCH_SERVICE);
        // an exit code of 8 bits (a POSIX stand-in) does not hide the number printed
        assertThat(ScReply.parse(NO_SUCH_SERVICE, 1060 & 0xff).error()).isEqualTo(ScReply.NO_SUCH_SERVICE);
        assertThat(ScReply.parse("something unexpected\r\n", 1051)).isEqualTo(new ScReply(null, 1051,
                "something unexpected"));
    }

    @Test
    void outputWithNeitherStateNorErrorIsKeptAsTheMessage() {
        assertThat(ScReply.parse("DESCRIPTION:\r\n        SC is a command line program\r\n", 0))
                .isEqualTo(new ScReply(null, 0, "DESCRIPTION: SC is a command line program"));
    }
}
