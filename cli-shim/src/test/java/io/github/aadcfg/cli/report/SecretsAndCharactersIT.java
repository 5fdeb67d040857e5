package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets in values are masked wherever a value is printed; characters XML 1.0 cannot hold are refused in
 * values and in files; {@code --wait} out of range is a usage error; file names cannot forge output lines.
 */
class SecretsAndCharactersIT {
    /** The password in every address form; no piece of it may be printed. */
    private static final List<String> SECRET_PIECES = List.of("SeK", "rEt9");

    @TempDir
    Path dir;

    /** A config whose proxy address attribute holds {@code escapedAddress} (already escaped for XML). */
    private Path configWithProxy(String escapedAddress) throws IOException {
        return Files.writeString(dir.resolve("proxy.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<configuration>\n  <system.net>\n    <defaultProxy enabled=\"true\" useDefaultCredentials=\"true\">\n"
                + "      <proxy proxyaddress=\"" + escapedAddress + "\" bypassonlocal=\"true\" />\n"
                + "    </defaultProxy>\n  </system.net>\n</configuration>\n", StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:SeK.rEt9@proxy.contoso.com:8080", " http://user:SeK.rEt9@proxy.contoso.com:8080",
            "http://user:SeK/rEt9@proxy.contoso.com:8080", "user:SeK.rEt9@proxy.contoso.com:8080",
            "http://user:SeK@rEt9@proxy.contoso.com:8080", "http://user:SeK%40rEt9@proxy.contoso.com:8080",
            "https://SeK:rEt9@proxy.contoso.com:8080/", "http://proxy.contoso.com:8080/?token=SeK.rEt9",
            "http://proxy.contoso.com:8080/#SeK.rEt9"})
    void noSecretIsPrintedAnywhere(String address) throws IOException {
        Path file = configWithProxy(address.replace("&", "&amp;"));
        byte[] before = Files.readAllBytes(file);
        String name = file.toString();

        List<Cli.Result> results = List.of(Cli.run("proxy", "show", name), Cli.run("proxy", "show", "--json", name),
                Cli.run("proxy", "set", "--dry-run", "--address", "http://other.contoso.com:3128", name),
                Cli.run("proxy", "set", "--dry-run", "--json", "--address", "http://other.contoso.com:3128", name),
                Cli.run("lint", name), Cli.run("lint", "--json", name),
                Cli.run("proxy", "set", "--address", address, name),
                Cli.run("proxy", "set", "--json", "--address", address, name));

        for (Cli.Result result : results) {
            for (String piece : SECRET_PIECES) {
                assertThat(result.out()).as(result.toString()).doesNotContain(piece);
                assertThat(result.err()).as(result.toString()).doesNotContain(piece);
            }
        }
        assertThat(results.get(0).exitCode()).as(results.get(0).toString()).isZero();
        assertThat(results.get(0).out()).contains("***");
        assertThat(results.get(2).out()).as("the diff shows the masked old line").contains("-").contains("***");
        assertThat(results.get(6).exitCode()).as(results.get(6).toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "\u001b", "\u0008"})
    void aControlCharacterInAValueIsAnInvalidValue(String control) throws IOException {
        Path file = Fixtures.agent(dir);
        byte[] before = Files.readAllBytes(file);
        String code = String.format("U+%04X", (int) control.charAt(0));

        Cli.Result value = Cli.run("appsetting", "set", "Key", "a" + control + "b", file.toString());
        Cli.Result key = Cli.run("appsetting", "set", "K" + control, "v", file.toString());
        Cli.Result logFile = Cli.run("tracing", "enable", "--log-file", "C:\\log" + control + ".txt", file.toString());
        Cli.Result address = Cli.run("proxy", "set", "--address", "http://p" + control + ".contoso.com:8080",
                file.toString());

        for (Cli.Result result : List.of(value, key, logFile, address)) {
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).as(result.toString()).contains(code).doesNotContain("Exception");
        }
        assertThat(value.err()).contains("error: VALUE: ");
        assertThat(key.err()).contains("error: KEY: ");
        assertThat(logFile.err()).contains("error: --log-file: ");
        assertThat(address.err()).contains("error: --address: ");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\uFFFEy", "x\uFFFFy", "x&#x1;y", "x&#xFFFF;y", "x&#xFFFE;y"})
    void aFileWithACharacterOutsideXmlCharIsRefused(String value) throws IOException {
        Path file = Files.writeString(dir.resolve("odd.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<configuration>\n  <appSettings>\n    <add key=\"a\" value=\"" + value + "\" />\n"
                + "  </appSettings>\n</configuration>\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        Cli.Result lint = Cli.run("lint", "--json", file.toString());
        Cli.Result edit = Cli.run("appsetting", "set", "b", "c", file.toString());

        assertThat(lint.exitCode()).as(lint.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(lint.json().get(0).getAsJsonObject("error").get("code").getAsString()).isEqualTo("malformed-xml");
        assertThat(lint.json().get(0).getAsJsonObject("error").get("message").getAsString())
                .startsWith(file + ":4:");
        assertThat(edit.exitCode()).as(edit.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(edit.out()).startsWith(file + ":4:").contains("not well-formed XML");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aHugeWaitIsAUsageError() throws IOException {
        Path file = Fixtures.agent(dir);
        byte[] before = Files.readAllBytes(file);

        Cli.Result result = Cli.run("proxy", "set", "--wait", "99999999999999", "--address",
                "http://proxy.contoso.com:8080", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--wait must be at most 31536000 seconds").doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileNameCannotForgeALine() throws IOException {
        Path file = Files.copy(Fixtures.agent(dir), dir.resolve("a\nforged.config: changed\u001b[31m.config"));

        Cli.Result human = Cli.run("lint", file.toString());
        Cli.Result json = Cli.run("lint", "--json", file.toString());
        Cli.Result missing = Cli.run("lint", file + "\nmore");

        assertThat(human.exitCode()).as(human.toString()).isZero();
        assertThat(human.out()).isEqualTo(dir + "/a\\nforged.config: changed\\x1B[31m.config: no findings\n");
        assertThat(missing.out()).doesNotContain("\u001b").hasLineCount(1);
        assertThat(json.json().get(0).get("file").getAsString()).isEqualTo(file.toString());
        assertThat(json.out()).as("the file's line and the summary").doesNotContain("\u001b").hasLineCount(2);
    }
}
