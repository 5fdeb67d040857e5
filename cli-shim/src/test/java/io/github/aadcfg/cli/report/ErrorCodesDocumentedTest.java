package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.report.AadcfgException.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of error codes lists exactly the codes aadcfg can raise, each with its exit code and
 * categories, and the option that overrides it where there is one. The codes are read from the sources of
 * config-core and the CLI: the literal after {@code Category.X, } in {@code new AadcfgException(} (and
 * {@code super(}), and the codes that reach one through a helper method's parameter or a local variable.
 */
class ErrorCodesDocumentedTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<Path> SOURCES = List.of(ROOT.resolve("config-core/src/main/java"),
            ROOT.resolve("cli-shim/src/main/java"));
    private static final String CODE = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern RAISE = Pattern.compile("(?:new AadcfgException|super)\\(\\s*Category\\.(\\w+),\\s*");
    private static final Pattern LITERAL = Pattern.compile("\"(" + CODE + ")\"");
    /** A method's (or constructor's) declaration up to its opening brace, or a statement such as {@code if (x) {}. */
    private static final Pattern METHOD = Pattern.compile("(\\w+)\\(([^()]*)\\)\\s*(?:throws [\\w., ]+)?\\{");
    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try");
    private static final Pattern ROW = Pattern.compile("^\\| `(" + CODE + ")` \\| (\\d+) \\| ([A-Z_, ]*) \\| (.+) \\|$");

    @Test
    void theReadmeListsEveryCodeWithItsExitCodeAndCategories() throws IOException {
        Map<String, Set<Category>> raised = raisedCodes();
        Map<String, String[]> documented = documentedCodes();

        Set<String> expected = new TreeSet<>(raised.keySet());
        expected.add(Failure.USAGE);
        expected.add(Failure.INTERNAL);
        assertThat(documented.keySet()).as("the codes in the README's table").containsExactlyElementsOf(expected);
        raised.forEach((code, categories) -> {
            String[] row = documented.get(code);
            for (Category category : categories) {
                assertThat(row[0]).as(code + " exit code").isEqualTo(String.valueOf(ExitCodes.of(category)));
                assertThat(row[1].split(", ")).as(code + " categories").contains(category.name());
            }
        });
        assertThat(documented.get(Failure.USAGE)[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
        assertThat(documented.get(Failure.INTERNAL)[0]).isEqualTo(String.valueOf(ExitCodes.INTERNAL));
        Overrides.OPTION_BY_CODE.forEach((code, option) -> assertThat(documented.get(code)[2])
                .as("the README names the override of " + code).contains("`" + option));
    }

    /** code → {exit code, categories, meaning}, from the README's table of error codes. */
    private static Map<String, String[]> documentedCodes() throws IOException {
        Map<String, String[]> rows = new TreeMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                assertThat(rows.put(row.group(1), new String[] {row.group(2), row.group(3), row.group(4)}))
                        .as("listed once: " + row.group(1)).isNull();
            }
        }
        return rows;
    }

    /** Every code raised in the sources, with the categories it is raised with. */
    static Map<String, Set<Category>> raisedCodes() throws IOException {
        Map<String, Set<Category>> codes = new TreeMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    scan(file, Files.readString(file), codes);
                }
            }
        }
        return codes;
    }

    private static void scan(Path file, String source, Map<String, Set<Category>> codes) {
        Matcher raise = RAISE.matcher(source);
        while (raise.find()) {
            Category category = Category.valueOf(raise.group(1));
            String argument = arguments(source, raise.end()).get(0);
            List<String> found = codesOf(source, argument, raise.start());
            assertThat(!found.isEmpty() || argument.endsWith(".code()"))
                    .as("the codes of the AadcfgException at " + file + ":" + line(source, raise.start())
                            + " (code argument: " + argument + ")").isTrue();
            found.forEach(code -> codes.computeIfAbsent(code, c -> new TreeSet<>()).add(category));
        }
    }

    /**
     * The codes {@code expression}, an argument at {@code at}, can be: a literal, the literals in an expression
     * (e.g. a conditional), what a variable holds ({@link #codesOfVariable}), or none for another error's
     * {@code code()} passed on, which is counted where that error is raised.
     */
    private static List<String> codesOf(String source, String expression, int at) {
        if (expression.matches("\\w+")) {
            return codesOfVariable(source, at, expression);
        }
        List<String> codes = new ArrayList<>();
        literals(expression, codes);
        assertThat(!codes.isEmpty() || expression.endsWith(".code()"))
                .as("the codes of '" + expression + "' at line " + line(source, at)).isTrue();
        return codes;
    }

    /**
     * The codes the variable {@code name} can hold at {@code at}: when it is a parameter of the method around
     * {@code at}, the codes of the arguments of that method's calls in the same file; when it is a local
     * variable, the literals of its initializer.
     */
    private static List<String> codesOfVariable(String source, int at, String name) {
        Matcher method = METHOD.matcher(source);
        int declaredAt = -1;
        String helper = null;
        List<String> parameters = List.of();
        int bodyStart = -1;
        while (method.find() && method.start() < at) {
            if (!KEYWORDS.contains(method.group(1)) && bodyEnd(source, method.end() - 1) > at) {
                declaredAt = method.start(1);
                helper = method.group(1);
                parameters = List.of(method.group(2).split(","));
                bodyStart = method.end();
            }
        }
        assertThat(helper).as("the method around line " + line(source, at)).isNotNull();
        int index = 0;
        while (index < parameters.size() && !parameters.get(index).trim().equals("String " + name)) {
            index++;
        }
        List<String> codes = new ArrayList<>();
        if (index == parameters.size()) {
            Matcher local = Pattern.compile("String " + name + " = ([^;]+);").matcher(source.substring(bodyStart, at));
            while (local.find()) {
                codes.clear();
                codes.addAll(codesOf(source, local.group(1), at));
            }
            assertThat(codes).as("the codes of " + name + " at line " + line(source, at)).isNotEmpty();
            return codes;
        }
        Matcher call = Pattern.compile("(?<![\\w.])" + helper + "\\(").matcher(source);
        while (call.find()) {
            if (call.start() != declaredAt) {
                codes.addAll(codesOf(source, arguments(source, call.end()).get(index), call.start()));
            }
        }
        return codes;
    }

    private static void literals(String text, List<String> codes) {
        Matcher literal = LITERAL.matcher(text);
        while (literal.find()) {
            codes.add(literal.group(1));
        }
    }

    /** The offset of the brace that closes the block opened at {@code open}. */
    private static int bodyEnd(String source, int open) {
        List<Integer> stops = stops(source, open + 1, '{', '}', '}');
        return stops.get(stops.size() - 1);
    }

    /** The offset of the last character of the string or character literal, or comment, that starts at {@code open}. */
    private static int endOfLiteralOrComment(String source, int open) {
        if (source.startsWith("//", open)) {
            return source.indexOf('\n', open);
        }
        if (source.startsWith("/*", open)) {
            return source.indexOf("*/", open) + 1;
        }
        if (source.startsWith("\"\"\"", open)) {
            return source.indexOf("\"\"\"", open + 3) + 2;
        }
        char quote = source.charAt(open);
        int i = open + 1;
        while (source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** The arguments of a call from {@code from} (just after its opening parenthesis) to its closing one. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int start = from;
        for (int stop : stops(source, from, '(', ')', ',')) {
            arguments.add(source.substring(start, stop).trim());
            start = stop + 1;
        }
        return arguments;
    }

    /**
     * From {@code from}, the offsets of the {@code separator}s outside nested {@code open}…{@code close} pairs,
     * literals and comments, up to and with the {@code close} that ends the list.
     */
    private static List<Integer> stops(String source, int from, char open, char close, char separator) {
        List<Integer> stops = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'' || source.startsWith("//", i) || source.startsWith("/*", i)) {
                i = endOfLiteralOrComment(source, i);
            } else if (c == open) {
                depth++;
            } else if (c == close && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == separator || c == close)) {
                stops.add(i);
                if (c == close) {
                    return stops;
                }
            }
        }
        throw new AssertionError("unclosed at offset " + from);
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
