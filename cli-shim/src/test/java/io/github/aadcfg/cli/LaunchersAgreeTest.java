package io.github.aadcfg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Windows launcher {@code bin/aadcfg.cmd} gives the JVM what the POSIX one {@code bin/aadcfg} gives it: the same
 * options in the same order (the training run and the dump of the class-data archive, the compiler and collector
 * settings, the archive's mapping), the same training class, and the same rule for short runs. Read from the
 * scripts' text, as no Windows and no cmd run here (LauncherCacheIT runs the POSIX one).
 */
class LaunchersAgreeTest {
    private static final Path POSIX = Path.of("bin", "aadcfg");
    private static final Path WINDOWS = Path.of("bin", "aadcfg.cmd");
    /** A JVM option, without a value taken from a variable ({@code -XX:SharedArchiveFile="$archive"}). */
    private static final Pattern JVM_OPTION = Pattern.compile("-X[A-Za-z]*:[^\\s\"'}%$]*");

    @Test
    void bothLaunchersGiveTheJvmTheSameOptionsInTheSameOrder() throws IOException {
        List<String> posix = all(JVM_OPTION, code(POSIX, line -> line.startsWith("#")));
        List<String> windows = all(JVM_OPTION, code(WINDOWS, LaunchersAgreeTest::cmdComment));

        assertThat(posix).as("the POSIX launcher's JVM options").contains("-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:SharedArchiveFile=", "-Xshare:dump", "-Xshare:auto");
        assertThat(windows).isEqualTo(posix);
    }

    @Test
    void bothTrainTheArchiveWithTheSameClass() throws IOException {
        Pattern training = Pattern.compile("io\\.github\\.aadcfg\\.cli\\.\\w+");

        assertThat(all(training, code(WINDOWS, LaunchersAgreeTest::cmdComment)))
                .isEqualTo(all(training, code(POSIX, line -> line.startsWith("#"))))
                .containsExactly(ClassDataTraining.class.getName());
    }

    @Test
    void bothTellAShortRunByTheSameOptionsAndArgumentCount() throws IOException {
        List<String> posix = code(POSIX, line -> line.startsWith("#"));
        List<String> windows = code(WINDOWS, LaunchersAgreeTest::cmdComment);
        // sh: case $arg in --files-from* | --jobs* | -j*) short= ;;   cmd: if "%ARG:~0,6%"=="--jobs" set "SHORT="
        List<String> posixBatchOptions = all(Pattern.compile("(-[-a-z]+)\\*"),
                posix.stream().filter(line -> line.contains("short= ;;")).toList());
        List<String> windowsBatchOptions = all(Pattern.compile("==\"(-[-a-z]+)\""),
                windows.stream().filter(line -> line.endsWith("set \"SHORT=\"") && line.contains("%ARG:")).toList());

        assertThat(posixBatchOptions).containsExactly("--files-from", "--jobs", "-j");
        assertThat(windowsBatchOptions).isEqualTo(posixBatchOptions);
        assertThat(all(Pattern.compile("\\$# -gt (\\d+)"), posix))
                .isEqualTo(all(Pattern.compile("%ARGC% GTR (\\d+)"), windows)).containsExactly("16");
    }

    /** Every match of {@code pattern} in {@code lines}, in order: its group 1, or the whole match. */
    private static List<String> all(Pattern pattern, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                found.add(m.groupCount() > 0 ? m.group(1) : m.group());
            }
        }
        return found;
    }

    /** The script's lines but comments, trimmed. */
    private static List<String> code(Path script, Predicate<String> comment) throws IOException {
        return Files.readAllLines(script, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !comment.test(line)).toList();
    }

    private static boolean cmdComment(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.equals("rem") || lower.startsWith("rem ") || lower.startsWith("::");
    }
}
