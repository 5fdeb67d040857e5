package io.github.aadcfg.core.agent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Windows registry as {@code reg.exe} shows it: {@code reg.exe query KEY /v NAME /reg:64}, one run per value.
 * {@code /reg:64} reads the 64-bit view, where the agent's installer writes, even from a 32-bit JVM. No native
 * code: {@code reg.exe} ships with every Windows the agent runs on.
 *
 * <p>The {@code reg.exe} run is the one in {@code %SystemRoot%\System32}, never one found on the {@code PATH} or
 * in the current directory, which Windows would search first for a bare {@code reg.exe}.
 */
public final class RegQuery implements WindowsRegistry {
    /** How long one query may take. */
    private static final long TIMEOUT_SECONDS = 10;
    /** {@code reg.exe}'s exit code when the key or the value is missing. */
    private static final int NOT_FOUND = 1;
    /** A value's line: four spaces, the name, four spaces, the type, and (unless the data is empty) four spaces and the data. */
    private static final Pattern VALUE_LINE = Pattern.compile(" {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?");
    /** An environment variable in a {@code REG_EXPAND_SZ} value. */
    private static final Pattern VARIABLE = Pattern.compile("%([^%]+)%");

    private final Path regExe;
    private final UnaryOperator<String> environment;

    /** Reads this machine's registry with {@code %SystemRoot%\System32\reg.exe}. */
    public RegQuery() {
        this(System::getenv);
    }

    /**
     * Reads the registry with the {@code reg.exe} of {@code environment}'s {@code SystemRoot} ({@code C:\Windows}
     * when it has none), and expands {@code REG_EXPAND_SZ} data with {@code environment}.
     */
    RegQuery(UnaryOperator<String> environment) {
        String root = environment.apply("SystemRoot");
        this.regExe = Path.of(root == null || root.isBlank() ? "C:\\Windows" : root, "System32", "reg.exe");
        this.environment = environment;
    }

    @Override
    public Optional<String> value(String key, String name) {
        try {
            Process query = new ProcessBuilder(List.of(regExe.toString(), "query", key, "/v", name, "/reg:64"))
                    .redirectErrorStream(true).start();
            query.getOutputStream().close();
            // one value's output fits the pipe's buffer: reg.exe ends before it is read
            if (!query.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                query.destroyForcibly();
                throw new IOException(regExe + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            String output = new String(query.getInputStream().readAllBytes(), consoleCharset());
            if (query.exitValue() == NOT_FOUND) {
                return Optional.empty();
            }
            if (query.exitValue() != 0) {
                throw new IOException(regExe + " exited with " + query.exitValue() + ": " + output.strip());
            }
            return parse(output, name, environment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading the registry"));
        }
    }

    /**
     * The data of the value {@code name} in the output of a successful {@code reg.exe query KEY /v NAME}: a
     * {@code REG_SZ} value's as written, a {@code REG_EXPAND_SZ} value's with {@code environment}'s variables
     * expanded; empty for a value of another type.
     *
     * @throws UncheckedIOException when the output has no line for the value
     */
    static Optional<String> parse(String output, String name, UnaryOperator<String> environment) {
        for (String line : output.split("\\R")) {
            Matcher value = VALUE_LINE.matcher(line);
            if (value.matches() && value.group(1).equalsIgnoreCase(name)) {
                String data = value.group(3) == null ? "" : value.group(3);
                return switch (value.group(2)) {
                    case "REG_SZ" -> Optional.of(data);
                    case "REG_EXPAND_SZ" -> Optional.of(expand(data, environment));
                    default -> Optional.empty();
                };
            }
        }
        throw new UncheckedIOException(new IOException("reg.exe printed no line for the value " + name + ": "
                + output.strip()));
    }

    /** {@code data} with each {@code %NAME%} that {@code environment} defines replaced by its value. */
    private static String expand(String data, UnaryOperator<String> environment) {
        Matcher variable = VARIABLE.matcher(data);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String value = environment.apply(variable.group(1));
            variable.appendReplacement(expanded, Matcher.quoteReplacement(value == null ? variable.group() : value));
        }
        return variable.appendTail(expanded).toString();
    }

    /** The charset {@code reg.exe}'s output is read in: the system's ({@code native.encoding}). */
    private static Charset consoleCharset() {
        String name = System.getProperty("native.encoding");
        return name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
    }
}
