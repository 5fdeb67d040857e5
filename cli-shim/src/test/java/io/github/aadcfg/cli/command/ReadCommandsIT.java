package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.agent.ProxyView;
import io.github.aadcfg.core.report.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code proxy show}, {@code lint}, {@code backups} and {@code --files-from}: data, one JSON object per file. */
class ReadCommandsIT {
    @TempDir
    Path dir;

    @Test
    void proxyShowReportsWhatEveryVariantDeclares() {
        List<Path> files = Fixtures.agentAndVariants(dir);

        Cli.Result result = Cli.run(Fixtures.args(List.of("proxy", "show"), List.of("--json"), files));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        List<JsonObject> reports = result.json();
        for (int i = 0; i < files.size(); i++) {
            Optional<ProxyView> expected = ConfigDocument.read(files.get(i)).proxy();
            JsonObject report = reports.get(i);
            assertThat(report.keySet()).containsExactly("type", "file", "status", "proxy", "error");
            assertThat(report.get("status").getAsString()).isEqualTo("ok");
            if (expected.isEmpty()) {
                assertThat(report.get("proxy").isJsonNull()).isTrue();
            } else {
                JsonObject proxy = report.getAsJsonObject("proxy");
                assertThat(proxy.get("address").getAsString()).isEqualTo(expected.get().address());
                assertThat(proxy.get("enabled").getAsJsonPrimitive().isBoolean()).as("a JSON boolean").isTrue();
                assertThat(proxy.get("enabled").getAsBoolean()).isEqualTo(Boolean.parseBoolean(expected.get().enabled()));
                assertThat(proxy.get("line").getAsInt()).isEqualTo(expected.get().line());
            }
        }
        assertThat(reports.get(files.indexOf(dir.resolve("existing-proxy.config"))).getAsJsonObject("proxy")
                .get("address").getAsString()).isEqualTo("http://proxy.contoso.com:8080");
    }

    @Test
    void proxyShowInWords() {
        Path agent = Fixtures.agent(dir);
        Path proxy = Fixtures.testdata("variants/existing-proxy.config", dir);

        Cli.Result result = Cli.run("proxy", "show", agent.toString(), proxy.toString());

        assertThat(result.out()).isEqualTo(agent + ": no proxy\n" + proxy + ": proxy http://proxy.contoso.com:8080, "
                + "enabled=true, useDefaultCredentials=true, usesystemdefault=true, bypassonlocal=true (line 43)\n"
                + "2 files: 1 without a proxy, 1 with a proxy\n");
    }

    @Test
    void lintReportsTheCoresFindingsAndExitsSixtyFiveOnErrors() {
        List<Path> files = Fixtures.agentAndVariants(dir);

        Cli.Result all = Cli.run(Fixtures.args(List.of("lint"), List.of("--json"), files));
        Cli.Result clean = Cli.run("lint", files.get(0).toString());

        assertThat(all.exitCode()).isEqualTo(ExitCodes.DATA);
        List<JsonObject> reports = all.json();
        for (int i = 0; i < files.size(); i++) {
            List<Finding> expected = ConfigDocument.read(files.get(i)).lint();
            JsonObject report = reports.get(i);
            assertThat(report.keySet()).containsExactly("type", "file", "status", "findings", "error");
            assertThat(report.get("status").getAsString()).isEqualTo(expected.stream().anyMatch(Finding::isError)
                    ? "lint-errors" : expected.isEmpty() ? "clean" : "warnings");
            assertThat(report.getAsJsonArray("findings")).hasSameSizeAs(expected);
            for (int j = 0; j < expected.size(); j++) {
                JsonObject finding = report.getAsJsonArray("findings").get(j).getAsJsonObject();
                assertThat(finding.get("code").getAsString()).isEqualTo(expected.get(j).code());
                assertThat(finding.get("severity").getAsString()).isEqualTo(expected.get(j).isError() ? "error" : "warning");
                assertThat(finding.get("line").getAsInt()).isEqualTo(expected.get(j).line());
                assertThat(finding.get("message").getAsString()).isEqualTo(expected.get(j).message());
            }
        }
        assertThat(clean.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(clean.out()).isEqualTo(files.get(0) + ": no findings\n");
    }

    @Test
    void lintInWords() {
        Path placeholders = Fixtures.testdata("variants/placeholders.config", dir);

        Cli.Result result = Cli.run("lint", placeholders.toString());

        assertThat(result.out()).startsWith(placeholders + ": 1 error\n  line 46: error [placeholder] ");
    }

    @Test
    void filesFromAListOrStandardInput() throws IOException {
        Path agent = Fixtures.agent(dir);
        Path tabs = Fixtures.testdata("variants/tabs.config", dir);
        String list = "# the fleet\n\n" + agent + "\r\n   " + tabs + "  \n# done\n";
        Path listFile = Files.writeString(dir.resolve("list.txt"), list);

        Cli.Result fromFile = Cli.run("lint", "--json", "--files-from", listFile.toString());
        Cli.Result fromStdin = Cli.runWithInput(list, "lint", "--json", "--files-from", "-", tabs.toString());

        assertThat(fromFile.json()).extracting(r -> r.get("file").getAsString())
                .containsExactly(agent.toString(), tabs.toString());
        assertThat(fromStdin.json()).extracting(r -> r.get("file").getAsString())
                .as("a file named and listed is read once").containsExactly(tabs.toString(), agent.toString());
        assertThat(fromStdin.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void backupsListsEveryBackupNewestFirstWhereverTheyAre() throws IOException {
        Path agent = Fixtures.agent(dir);
        Path elsewhere = Files.createDirectory(dir.resolve("backups"));
        long originalSize = Files.size(agent);
        Cli.run("fips", "--enforce=false", agent.toString());
        long afterFirstSize = Files.size(agent);
        Cli.run("appsetting", "set", "ServiceBusConnectionMode", "WebSocket", agent.toString());
        Cli.run("fips", "--enforce=true", "--backup-dir", elsewhere.toString(), agent.toString());

        Cli.Result beside = Cli.run("backups", "--json", agent.toString());
        Cli.Result under = Cli.run("backups", "--backup-dir", elsewhere.toString(), agent.toString());

        JsonObject report = beside.json().get(0);
        assertThat(report.keySet()).containsExactly("type", "file", "status", "backups", "error");
        assertThat(report.getAsJsonArray("backups")).hasSize(2);
        JsonObject newest = report.getAsJsonArray("backups").get(0).getAsJsonObject();
        JsonObject oldest = report.getAsJsonArray("backups").get(1).getAsJsonObject();
        assertThat(newest.get("size").getAsLong()).isEqualTo(afterFirstSize);
        assertThat(oldest.get("size").getAsLong()).isEqualTo(originalSize);
        assertThat(Instant.parse(newest.get("created").getAsString()))
                .isAfter(Instant.parse(oldest.get("created").getAsString()));
        assertThat(Files.size(Path.of(oldest.get("path").getAsString()))).isEqualTo(originalSize);
        assertThat(under.out()).startsWith(agent + ": 1 backup\n  ").contains(elsewhere.toString());
        assertThat(under.exitCode()).isEqualTo(ExitCodes.OK);
    }
}
