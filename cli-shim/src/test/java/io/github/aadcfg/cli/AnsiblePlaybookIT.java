package io.github.aadcfg.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The example playbook {@code examples/ansible/aadcfg-proxy.yml}, run by {@code ansible-playbook} against three
 * local hosts ({@code ansible_connection: local}), each with its own copy of the agent's config and a harmless
 * restart command in place of {@code Restart-Service}: the first run changes the two good hosts and restarts
 * them, and reports the host whose config is broken failed while the others complete; the second run changes
 * nothing, restarts nothing and makes no backup. Where {@code ansible-playbook} is missing the test is skipped,
 * saying how to install it; under {@code CI=true} it fails instead.
 */
class AnsiblePlaybookIT {
    private static final Path PLAYBOOK = Cli.TESTDATA.resolveSibling("examples/ansible/aadcfg-proxy.yml").normalize();
    private static final String PROXY = "http://proxy.contoso.com:8080";
    private static final List<String> GOOD = List.of("agent1", "agent2");
    private static final String BROKEN = "broken";
    /** A line of the play recap: {@code agent1 : ok=3 changed=2 unreachable=0 failed=0 ...}. */
    private static final Pattern RECAP = Pattern.compile("^(\\S+)\\s+: ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=\\d+"
            + "\\s+failed=(\\d+)", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private Path ansiblePlaybook;

    @BeforeEach
    void requireAnsible() {
        Optional<Path> found = onPath("ansible-playbook");
        String message = "ansible-playbook is needed to run this test; install it with: sudo apt-get install ansible-core";
        if ("true".equals(System.getenv("CI"))) {
            assertThat(found).as(message).isPresent();
        }
        assumeTrue(found.isPresent(), message);
        ansiblePlaybook = found.get();
    }

    @Test
    void theFirstRunChangesAndRestartsTheGoodHostsAndFailsTheBrokenOneTheSecondChangesNothing() throws Exception {
        Path inventory = inventory();
        byte[] broken = Files.readAllBytes(config(BROKEN));

        Run first = play(inventory);

        assertThat(first.exitCode()).as(first.output()).isEqualTo(2); // a host failed
        for (String host : GOOD) {
            assertThat(first.recap().get(host)).as(host + ": changed (the edit and its restart), not failed")
                    .isEqualTo(new Recap(3, 2, 0));
            assertThat(Files.readString(config(host))).contains("proxyaddress=\"" + PROXY + "\"");
            assertThat(backups(host)).hasSize(1);
            assertThat(restarted(host)).as(host + " restarted").exists();
            assertThat(first.output()).contains("backup: " + backups(host).get(0));
        }
        assertThat(first.recap().get(BROKEN)).isEqualTo(new Recap(0, 0, 1));
        assertThat(first.output()).contains("fatal: [broken]: FAILED!", "\"rc\": 65", "malformed-xml");
        assertThat(Files.readAllBytes(config(BROKEN))).isEqualTo(broken);
        assertThat(restarted(BROKEN)).doesNotExist();
        Map<String, List<Path>> backupsAfterFirst = new TreeMap<>();
        for (String host : GOOD) {
            backupsAfterFirst.put(host, backups(host));
            Files.delete(restarted(host));
        }

        Run second = play(inventory);

        assertThat(second.exitCode()).as(second.output()).isEqualTo(2);
        for (String host : GOOD) {
            assertThat(second.recap().get(host)).as(host + ": ok, nothing changed").isEqualTo(new Recap(1, 0, 0));
            assertThat(backups(host)).as(host + ": no new backup").isEqualTo(backupsAfterFirst.get(host));
            assertThat(restarted(host)).as(host + " not restarted").doesNotExist();
        }
        assertThat(second.recap().get(BROKEN)).isEqualTo(new Recap(0, 0, 1));
    }

    /** The hosts, each with its own directory: a copy of the agent's config (broken for one) and a restart marker. */
    private Path inventory() throws IOException {
        JsonObject hosts = new JsonObject();
        for (String host : Stream.concat(GOOD.stream(), Stream.of(BROKEN)).toList()) {
            Files.createDirectory(dir.resolve(host));
            if (host.equals(BROKEN)) {
                Files.writeString(config(host), "<configuration><system.net>");
            } else {
                Files.copy(Cli.TESTDATA.resolve("agent").resolve(Fixtures.AGENT), config(host));
            }
            JsonObject vars = new JsonObject();
            vars.addProperty("aadcfg_config", config(host).toString());
            vars.addProperty("aadcfg_restart", "touch '" + restarted(host) + "'");
            hosts.add(host, vars);
        }
        JsonObject groupVars = new JsonObject();
        groupVars.addProperty("ansible_connection", "local");
        groupVars.addProperty("aadcfg", "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '"
                + Cli.JAR + "'");
        groupVars.addProperty("aadcfg_proxy", PROXY);
        JsonObject group = new JsonObject();
        group.add("hosts", hosts);
        group.add("vars", groupVars);
        JsonObject inventory = new JsonObject();
        inventory.add("provisioning_agents", group);
        return Files.writeString(dir.resolve("inventory.json"), inventory.toString());
    }

    private Path config(String host) {
        return dir.resolve(host).resolve(Fixtures.AGENT);
    }

    private Path restarted(String host) {
        return dir.resolve(host).resolve("restarted");
    }

    private List<Path> backups(String host) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(host))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bak")).sorted().toList();
        }
    }

    /** What one host did, from the play recap. */
    record Recap(int ok, int changed, int failed) {
    }

    /** What {@code ansible-playbook} printed and how it exited. */
    record Run(int exitCode, String output) {
        Map<String, Recap> recap() {
            Map<String, Recap> hosts = new TreeMap<>();
            Matcher m = RECAP.matcher(output.substring(output.indexOf("PLAY RECAP")));
            while (m.find()) {
                hosts.put(m.group(1), new Recap(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            }
            return hosts;
        }
    }

    /** Runs the playbook against {@code inventory}, with Ansible's own files kept in the test's directory. */
    private Run play(Path inventory) throws IOException, InterruptedException {
        Path log = dir.resolve("ansible.log");
        ProcessBuilder builder = new ProcessBuilder(ansiblePlaybook.toString(), "-i", inventory.toString(),
                PLAYBOOK.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.put("ANSIBLE_HOME", dir.resolve("ansible-home").toString());
        environment.put("ANSIBLE_LOCAL_TEMP", dir.resolve("ansible-tmp").toString());
        environment.put("ANSIBLE_NOCOLOR", "1");
        environment.put("ANSIBLE_RETRY_FILES_ENABLED", "0");
        environment.put("ANSIBLE_STDOUT_CALLBACK", "default");
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("ansible-playbook did not finish within 180 s: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(entry -> Path.of(entry, program))
                .filter(Files::isExecutable).findFirst();
    }
}
