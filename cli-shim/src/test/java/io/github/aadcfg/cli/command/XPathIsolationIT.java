package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code aadcfg transform --dry-run} with expressions that try to read a local file or reach the network
 * through {@code document()}: refused while the transform is read (exit 65, naming the function and where it
 * is written), with a real listener on 127.0.0.1 that must see no connection, and nothing on disk changed.
 */
class XPathIsolationIT {
    private static final String XDT = "xmlns:xdt=\"http://schemas.microsoft.com/XML-Document-Transform\"";

    @TempDir
    Path dir;

    @Test
    void aConditionCallingAUrlIsRefusedAndNothingConnects() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/x";
            assertRefusedUnreached(listener, """
                    <configuration %s>
                      <appSettings>
                        <add xdt:Locator="Condition(document('%s')/x)" xdt:Transform="Remove" />
                      </appSettings>
                    </configuration>
                    """.formatted(XDT, url), "t.config:3:10:");
        }
    }

    @Test
    void aSecretFileSentInAUrlIsRefusedAndNothingConnects() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.xml"), "<secret>hunter2</secret>");
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/?s=";
            assertRefusedUnreached(listener, """
                    <configuration %s>
                      <appSettings>
                        <add key="a"
                             xdt:Transform="Remove"
                             xdt:Locator="XPath(//add[document(concat('%s', document('%s')))])" />
                      </appSettings>
                    </configuration>
                    """.formatted(XDT, url, secret.toUri()), "t.config:5:10:");
        }
    }

    private void assertRefusedUnreached(ServerSocket listener, String transformText, String where) throws IOException {
        Path transform = Files.writeString(dir.resolve("t.config"), transformText);
        Path file = Fixtures.agent(dir);
        var before = Fixtures.snapshot(dir);

        Cli.Result result = Cli.run("transform", "--xdt", transform.toString(), "--dry-run", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(result.err()).contains(where).contains("calls document(), which is not allowed");
        listener.setSoTimeout(1000);
        assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
    }
}
