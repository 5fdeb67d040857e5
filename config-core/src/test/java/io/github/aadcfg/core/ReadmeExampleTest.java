package io.github.aadcfg.core;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's library example compiles as a module that requires only {@code io.github.aadcfg.core}, so it uses
 * the exported API alone, and does what it says when run: previews, then commits with a backup.
 */
class ReadmeExampleTest {
    private static final String MODULE_PATH = System.getProperty("jdk.module.path");

    @TempDir
    Path dir;

    @Test
    void theLibraryExampleCompilesAgainstTheExportedApiAndRuns() throws Exception {
        String example = example();
        Path classes = compile(example);

        Path config = Files.copy(Testdata.AGENT, dir.resolve("AADConnectProvisioningAgent.exe.config"));
        byte[] before = Files.readAllBytes(config);
        Process run = new ProcessBuilder(java("java"),
                "--module-path", MODULE_PATH + File.pathSeparator + classes, "--module", "example/example.Example")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("proxyaddress=\"http://proxy.contoso.com:8080\"")
                .contains("CHANGED backup: " + dir.toRealPath().resolve("backups"));
        assertThat(Files.readAllBytes(config)).isNotEqualTo(before);
        try (var backups = Files.walk(dir.resolve("backups"))) {
            assertThat(backups.filter(Files::isRegularFile).toList()).singleElement()
                    .satisfies(backup -> assertThat(Files.readAllBytes(backup)).isEqualTo(before));
        }
    }

    @Test
    void theReadmeGivesTheLibrarysMavenCoordinates() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher version = Pattern.compile("<artifactId>aadcfg-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).as("the parent pom's version").isTrue();

        assertThat(Files.readString(Path.of("..", "README.md"))).contains("<dependency>\n  <groupId>io.github.aadcfg"
                + "</groupId>\n  <artifactId>aadcfg-core</artifactId>\n  <version>" + version.group(1) + "</version>\n"
                + "</dependency>");
    }

    @Test
    void anInternalPackageIsNotVisibleToTheSameCompilation() throws Exception {
        String reachingIn = example().replace("import java.util.List;",
                "import java.util.List;\nimport io.github.aadcfg.core.internal.io.FileReading;");

        assertThat(compileErrors(reachingIn)).contains("package io.github.aadcfg.core.internal.io is not visible");
    }

    /** The Java block of the README that declares {@code public class Example}. */
    private static String example() throws IOException {
        Matcher block = Pattern.compile("(?s)```java\n(.*?)```").matcher(Files.readString(Path.of("..", "README.md")));
        while (block.find()) {
            if (block.group(1).contains("public class Example")) {
                return block.group(1);
            }
        }
        throw new AssertionError("the README has no ```java block declaring public class Example");
    }

    private Path compile(String example) throws IOException, InterruptedException {
        String errors = compileErrors(example);
        assertThat(errors).as("compiler output").isEmpty();
        return dir.resolve("classes");
    }

    private String compileErrors(String example) throws IOException, InterruptedException {
        Path sources = Files.createDirectories(dir.resolve("src/example"));
        Files.writeString(sources.resolve("Example.java"), "package example;\n\n" + example);
        Path moduleInfo = Files.writeString(dir.resolve("src/module-info.java"),
                "module example {\n    requires io.github.aadcfg.core;\n}\n");
        Process javac = new ProcessBuilder(java("javac"), "--module-path", MODULE_PATH, "-d",
                dir.resolve("classes").toString(), moduleInfo.toString(), sources.resolve("Example.java").toString())
                .redirectErrorStream(true).start();
        String errors = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(javac.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(javac.exitValue() == 0).as(errors).isEqualTo(errors.isEmpty());
        return errors;
    }

    private static String java(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }
}
