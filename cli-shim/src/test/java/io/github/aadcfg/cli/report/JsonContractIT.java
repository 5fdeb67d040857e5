package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.FakeRegExe;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.command.Subcommands;
import io.github.aadcfg.core.agent.AgentProgram;
import io.github.aadcfg.core.agent.FakeSc;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON Lines as a contract: every line every command prints under {@code --json} conforms to its JSON Schema
 * ({@code src/main/resources/io/github/aadcfg/cli/report/schema/}), each command's output is its files' lines
 * (then, with {@code --restart-service}, the service's line) then a summary, or one error line, and each status a
 * schema of the files' or the service's line allows is seen.
 */
class JsonContractIT {
    /** The schema of the file lines of each command that prints JSON. */
    private static final Map<String, String> FILE_SCHEMA = Map.ofEntries(
            entry("proxy set", "edit"), entry("proxy remove", "edit"), entry("tracing enable", "edit"),
            entry("tracing disable", "edit"), entry("tracing status", "tracing-status"), entry("appsetting set", "edit"),
            entry("appsetting remove", "edit"),
            entry("fips", "edit"), entry("transform", "edit"), entry("restore", "edit"),
            entry("lint", "lint"), entry("proxy show", "proxy-show"), entry("backups", "backups"),
            entry("where", "where"));
    private static final String PROXY = "http://proxy.contoso.com:8080";

    @TempDir
    Path dir;

    /** The file statuses seen, by schema. */
    private final Map<String, Set<String>> statuses = new TreeMap<>();
    /** The schemas lines were checked against. */
    private final Set<String> used = new TreeSet<>();

    @Test
    void everyCommandThatPrintsJsonHasTheSchemaOfItsFileLines() {
        List<String> commands = new ArrayList<>();
        for (Class<?> subcommand : Subcommands.BY_NAME.values()) {
            collectJsonCommands(new CommandLine(subcommand), commands);
        }

        assertThat(commands).containsExactlyInAnyOrderElementsOf(FILE_SCHEMA.keySet());
    }

    private static void collectJsonCommands(CommandLine command, List<String> names) {
        if (command.getSubcommands().isEmpty() && command.getCommandSpec().findOption("--json") != null) {
            names.add(command.getCommandSpec().qualifiedName());
        }
        command.getSubcommands().values().forEach(sub -> collectJsonCommands(sub, names));
    }

    @Test
    void everyLineOfEveryCommandConformsToItsSchema() throws IOException {
        Path agent = Fixtures.agent(dir);
        Path placeholders = Fixtures.testdata("variants/placeholders.config", dir);
        Path warnings = Fixtures.testdata("variants/duplicate-appsetting-keys.config", dir);
        Path proxy = Fixtures.testdata("variants/existing-proxy.config", dir);
        Path missing = dir.resolve("missing.config");
        Path transformed = Files.copy(Cli.TESTDATA.resolve("xdt/fixtures/22-no-match-warning/source.config"),
                dir.resolve("source.config"));
        Path notADirectory = Files.writeString(dir.resolve("not-a-directory"), "x");

        check("fips", "--enforce=false", "--json", agent.toString(), placeholders.toString(), missing.toString());
        check("fips", "--enforce=false", "--json", agent.toString());
        check("proxy", "set", "--address", PROXY, "--dry-run", "--json", agent.toString(), missing.toString());
        check("proxy", "set", "--address", PROXY, "--json", agent.toString());
        check("proxy", "set", "--address", "http://[proxy-server]:[proxy-port]", "--json", agent.toString());
        check("proxy", "set", "--json", agent.toString());
        check("proxy", "show", "--json", agent.toString(), proxy.toString(), missing.toString());
        check("proxy", "remove", "--json", agent.toString());
        check("tracing", "enable", "--json", agent.toString());
        check("tracing", "disable", "--json", agent.toString());
        check("tracing", "disable", "--restore", "--json", warnings.toString());
        check("tracing", "status", "--json", agent.toString(), warnings.toString(), missing.toString());
        check("appsetting", "set", "ServiceBusConnectionMode", "WebSocket", "--json", agent.toString());
        check("appsetting", "remove", "ServiceBusConnectionMode", "--json", agent.toString());
        check("transform", "--xdt", Cli.TESTDATA.resolve("xdt/fixtures/22-no-match-warning/transform.config")
                .toString(), "--json", transformed.toString());
        check("restore", "--latest", "--dry-run", "--json", agent.toString());
        check("restore", "--latest", "--json", agent.toString());
        check("restore", "--undo", "--json", missing.toString());
        check("lint", "--json", agent.toString(), warnings.toString(), placeholders.toString(), missing.toString());
        check("lint", "--json", "--jobs", "0", agent.toString());
        check("backups", "--json", agent.toString());
        check("backups", "--json", "--backup-dir", notADirectory.toString(), agent.toString());
        check("where", "--json");
        String[] where = {"where", "--updater", "--json"};
        Path systemRoot = new FakeRegExe(dir.resolve("Windows"))
                .value(AgentProgram.PROVISIONING_AGENT.registryKey(), "InstallDir", "REG_SZ", dir + "/")
                .value(AgentProgram.PROVISIONING_AGENT.registryKey(), "ServiceProcessName", "REG_SZ",
                        "AADConnectProvisioningAgent.exe")
                .install();
        check(Cli.runAsWindows(systemRoot, where), where);

        Path serviceConfig = Fixtures.agent(Files.createDirectory(dir.resolve("service")));
        FakeSc sc = FakeSc.install(Cli.TESTDATA, dir.resolve("bin")).failsWhen(serviceConfig, "key=\"Key\"");
        String path = Cli.firstOnPath(sc.directory());
        checkOnPath(path, "fips", "--enforce=false", "--json", "--restart-service", serviceConfig.toString());
        checkOnPath(path, "fips", "--enforce=false", "--json", "--restart-service", serviceConfig.toString());
        checkOnPath(path, "appsetting", "set", "Key", "Value", "--json", "--restart-service", serviceConfig.toString(),
                missing.toString());
        checkOnPath(path, "fips", "--enforce=true", "--json", "--dry-run", "--restart-service", serviceConfig.toString());
        checkOnPath(dir.resolve("nowhere").toString(), "fips", "--enforce=true", "--json", "--restart-service",
                serviceConfig.toString());

        assertThat(used).containsExactlyInAnyOrderElementsOf(JsonSchemas.LINE_KINDS);
        for (String kind : List.of("edit", "lint", "proxy-show", "tracing-status", "backups", "where", "service")) {
            assertThat(statuses.get(kind)).as("the statuses seen on " + kind).containsExactlyInAnyOrderElementsOf(
                    allowedStatuses(kind));
        }
    }

    /** Runs {@code aadcfg args} and checks every line of its output against its schema and its place. */
    private void check(String... args) {
        check(Cli.run(args), args);
    }

    /** Runs {@code aadcfg args} with {@code path} as its {@code PATH}, and checks its output as {@link #check} does. */
    private void checkOnPath(String path, String... args) {
        check(Cli.runWithPath(path, args), args);
    }

    /**
     * Checks every line of {@code aadcfg args}'s output against its schema and its place: the files' lines, the
     * service's with {@code --restart-service}, the summary; or one error line.
     */
    private void check(Cli.Result result, String... args) {
        String command = FILE_SCHEMA.containsKey(args[0] + " " + args[1]) ? args[0] + " " + args[1] : args[0];
        List<JsonObject> lines = result.lines();
        assertThat(lines).as(result.toString()).isNotEmpty();
        assertThat(result.err()).as("JSON output puts nothing on stderr but warnings and stack traces")
                .doesNotContain("aadcfg: ");
        JsonObject first = lines.get(0);
        if (first.get("type").getAsString().equals("error")) {
            assertThat(lines).as("a run stopped before any file prints one line").hasSize(1);
            boolean usage = first.getAsJsonObject("error").get("code").getAsString().equals("usage");
            conforms(usage ? "usage-error" : "error", first);
            conforms("error", first);
            assertThat(first.get("exitCode").getAsInt()).isEqualTo(result.exitCode());
            return;
        }
        JsonObject summary = result.summary();
        int end = lines.size() - 1;
        if (List.of(args).contains("--restart-service") && !List.of(args).contains("--dry-run")) {
            JsonObject service = lines.get(--end);
            conforms("service", service);
            statuses.computeIfAbsent("service", k -> new TreeSet<>()).add(service.get("status").getAsString());
        }
        List<JsonObject> files = lines.subList(0, end);
        String schema = FILE_SCHEMA.get(command);
        for (JsonObject line : files) {
            conforms(schema, line);
            statuses.computeIfAbsent(schema, k -> new TreeSet<>()).add(line.get("status").getAsString());
        }
        conforms("summary", summary);
        assertThat(summary.get("files").getAsInt()).isEqualTo(files.size());
        assertThat(summary.get("exitCode").getAsInt()).isEqualTo(result.exitCode());
        Map<String, Integer> counts = new HashMap<>();
        files.forEach(line -> counts.merge(line.get("status").getAsString(), 1, Integer::sum));
        Map<String, Integer> summed = new HashMap<>();
        summary.getAsJsonObject("counts").entrySet().forEach(e -> summed.put(e.getKey(), e.getValue().getAsInt()));
        assertThat(summed).isEqualTo(counts);
    }

    private void conforms(String kind, JsonObject line) {
        assertThat(JsonSchemas.violations(kind, line)).as(kind + ": " + line).isEmpty();
        if (used.add(kind)) {
            JsonObject broken = line.deepCopy();
            broken.remove("status");
            assertThat(JsonSchemas.violations(kind, broken)).as("the schema " + kind + " rejects a line without status")
                    .isNotEmpty();
        }
    }

    private static List<String> allowedStatuses(String kind) {
        List<String> allowed = new ArrayList<>();
        for (JsonElement status : JsonSchemas.read(kind).getAsJsonObject("properties").getAsJsonObject("status")
                .getAsJsonArray("enum")) {
            allowed.add(status.getAsString());
        }
        return allowed;
    }

    @Test
    void theSchemasHoldTheBooleansOfProxyShowToJsonBooleans() {
        Path proxy = Fixtures.testdata("variants/existing-proxy.config", dir);
        JsonObject line = Cli.run("proxy", "show", "--json", proxy.toString()).json().get(0);
        JsonObject asStrings = line.deepCopy();
        asStrings.getAsJsonObject("proxy").addProperty("enabled", "true");

        assertThat(JsonSchemas.violations("proxy-show", line)).isEmpty();
        assertThat(line.getAsJsonObject("proxy").get("enabled").getAsJsonPrimitive().isBoolean()).isTrue();
        assertThat(JsonSchemas.violations("proxy-show", asStrings)).isNotEmpty();
    }

    @Test
    void aUsageErrorUnderJsonIsOneJsonLineOnStdout() {
        Cli.Result result = Cli.run("lint", "--json", "--no-such-option", "x.config");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEmpty();
        assertThat(result.lines()).hasSize(1);
        JsonObject line = result.lines().get(0);
        assertThat(line.get("type").getAsString()).isEqualTo("error");
        assertThat(line.getAsJsonObject("error").get("code").getAsString()).isEqualTo("usage");
        assertThat(line.getAsJsonObject("error").get("message").getAsString()).contains("--no-such-option");
        assertThat(line.get("exitCode").getAsInt()).isEqualTo(ExitCodes.USAGE);
    }
}
