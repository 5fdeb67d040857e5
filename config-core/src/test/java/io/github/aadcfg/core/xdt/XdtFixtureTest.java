package io.github.aadcfg.core.xdt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Planner;
import io.github.aadcfg.core.lint.Finding;

/**
 * The fixture triples in {@code testdata/xdt/fixtures/}: each directory holds {@code source.config},
 * {@code transform.config}, {@code expected.config} (exact bytes) and {@code warnings.txt} (one message
 * per line). The expectations were written by hand, never by the engine: see the fixtures' README.
 */
class XdtFixtureTest {
    static final Path FIXTURES = Path.of("..", "testdata", "xdt", "fixtures").toAbsolutePath().normalize();
    private static final Set<TransformKind> IDEMPOTENT = EnumSet.of(TransformKind.SET_ATTRIBUTES, TransformKind.REPLACE,
            TransformKind.INSERT_IF_MISSING, TransformKind.REMOVE, TransformKind.REMOVE_ATTRIBUTES,
            TransformKind.COMMENT_OUT);
    /** Remove acts on the first match only, as in Microsoft's engine: with duplicates, each run removes the next. */
    private static final Set<String> REMOVES_ONE_OF_SEVERAL = Set.of("14-remove-first-only");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void transformGivesTheExpectedBytesAndWarnings(Path fixture) throws IOException {
        Plan plan = transform(fixture, Files.readAllBytes(fixture.resolve("source.config")));
        String warnings = String.join("\n", plan.warnings().stream().map(Finding::message).toList());
        assertThat(plan.editedBytes()).isEqualTo(Files.readAllBytes(fixture.resolve("expected.config")));
        assertThat(warnings.isEmpty() ? "" : warnings + "\n")
                .isEqualTo(Files.readString(fixture.resolve("warnings.txt"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void idempotentTransformsChangeNothingTheSecondTime(Path fixture) throws IOException {
        XdtTransform transform = XdtTransform.read(fixture.resolve("transform.config"));
        if (!transform.steps().stream().allMatch(s -> IDEMPOTENT.contains(s.kind()))) {
            assertThat(transform.steps()).anyMatch(s -> !IDEMPOTENT.contains(s.kind()));
            return;
        }
        Plan again = transform(fixture, Files.readAllBytes(fixture.resolve("expected.config")));
        assertThat(again.changed()).isEqualTo(REMOVES_ONE_OF_SEVERAL.contains(fixture.getFileName().toString()));
    }

    static Plan transform(Path fixture, byte[] source) {
        return Planner.plan(fixture.resolve("source.config"), source,
                List.of(XdtTransform.read(fixture.resolve("transform.config"))), false);
    }
}
