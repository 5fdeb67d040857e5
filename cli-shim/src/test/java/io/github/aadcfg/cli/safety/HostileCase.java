package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the table in {@code testdata/hostile/README.md}: a hostile input and what aadcfg must do with it.
 *
 * @param name      the committed file's name, or the name of a case made at run time
 * @param committed whether the file is committed in {@code testdata/hostile/} (else made by the test)
 * @param what      what the case is
 * @param exitCode  the exit code of {@code aadcfg proxy set --address http://p:8080 --json FILE}
 * @param lint      what {@code aadcfg lint} reports
 * @param fragment  part of the error message; for exit code 0 the status, {@code changed} or {@code unchanged}
 */
record HostileCase(String name, boolean committed, String what, int exitCode, Lint lint, String fragment) {

    /** What {@code aadcfg lint} reports for a case. */
    enum Lint {
        /** it cannot lint the file either, with the same message */
        FAILS,
        /** it lints the file and finds an error-level finding */
        ERRORS,
        /** it lints the file and finds no error-level finding */
        CLEAN,
        /** the case is a scenario, not a file: not linted */
        NONE
    }

    private static final String HEADER = "| case | made | what it is | proxy set | lint | message fragment |";

    /** The rows of the table that follows the header {@value #HEADER} in {@code readme}. */
    static List<HostileCase> readTable(Path readme) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int header = lines.indexOf(HEADER);
        if (header < 0) {
            throw new IllegalStateException(readme + " has no line " + HEADER);
        }
        List<HostileCase> cases = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            cases.add(parse(line));
        }
        return cases;
    }

    /** A row: {@code | `name` | committed or at run time | what | code | lint | `fragment` |}. */
    private static HostileCase parse(String line) {
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        if (cells.length != 6) {
            throw new IllegalStateException("expected 6 cells: " + line);
        }
        String made = cells[1].strip();
        if (!made.equals("committed") && !made.equals("at run time")) {
            throw new IllegalStateException("made must be 'committed' or 'at run time': " + line);
        }
        return new HostileCase(code(cells[0]), made.equals("committed"), cells[2].strip(),
                Integer.parseInt(cells[3].strip()), lint(cells[4].strip(), line), code(cells[5]));
    }

    private static String code(String cell) {
        String text = cell.strip();
        if (text.length() < 3 || !text.startsWith("`") || !text.endsWith("`")) {
            throw new IllegalStateException("expected `code`: " + cell);
        }
        return text.substring(1, text.length() - 1);
    }

    private static Lint lint(String cell, String line) {
        return switch (cell) {
            case "fails" -> Lint.FAILS;
            case "errors" -> Lint.ERRORS;
            case "clean" -> Lint.CLEAN;
            case "—" -> Lint.NONE;
            default -> throw new IllegalStateException("lint must be fails, errors, clean or —: " + line);
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
