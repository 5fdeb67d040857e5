package io.github.aadcfg.cli.report;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Help.Ansi;

/** Where output goes: whether it is an interactive terminal, and whether it may be colored. */
public final class Terminal {
    private Terminal() {
    }

    /** Whether standard input and output are a terminal (not piped or redirected). */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Since Java 22 System.console() exists even when redirected; Console.isTerminal() tells.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException olderJava) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * Whether standard error is a terminal, where the progress bar goes: on Linux, whether file descriptor 2 is
     * open on a terminal device; elsewhere Java cannot ask about standard error alone, and standard input and
     * output being a terminal ({@link #interactive}) stands for it.
     */
    static boolean errorIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException noProcFileSystem) {
            return interactive();
        }
    }

    /** Whether to color output: on a terminal that supports it, unless {@code NO_COLOR} is set. */
    public static boolean colors() {
        return interactive() && System.getenv("NO_COLOR") == null && Ansi.AUTO.enabled();
    }

    /** Standard output as UTF-8 whatever the platform encoding, as JSON requires. */
    static PrintWriter utf8Stdout() {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
    }
}
