package io.github.aadcfg.core.xdt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.xdt.XdtTransform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The fixture triples in {@code testdata/xdt/fixtures/}: each directory holds {@code source.config},
 * {@code transform.config}, {@code expected.config} (exact bytes) and {@code warnings.txt} (one message
 * per line), and where the transform is not idempotent {@code again.config} (its result applied again) or
 * {@code again-refused.txt}. The
 * expectations were written by hand, never by the engine: see the fixtures' README.
 */
class XdtFixtureTest {
    static final Path FIXTURES = Path.of("..", "testdata", "xdt", "fixtures").toAbsolutePath().normalize();
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

    /**
     * The transform applied to its own result: an idempotent one changes nothing; one that is not (an insert
     * adds another copy, Remove takes the next match) gives exactly the hand-written {@code again.config}, or,
     * where the copy is a second section, the refusal in {@code again-refused.txt} (code, line, fragment).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void appliedToItsOwnResultTheTransformChangesNothingOrGivesTheHandWrittenOutcome(Path fixture)
            throws IOException {
        byte[] expected = Files.readAllBytes(fixture.resolve("expected.config"));
        Path again = fixture.resolve("again.config");
        Path refused = fixture.resolve("again-refused.txt");

        if (Files.exists(refused)) {
            List<String> outcome = Files.readAllLines(refused, StandardCharsets.UTF_8);
            AadcfgException error = catchThrowableOfType(AadcfgException.class, () -> transform(fixture, expected));
            assertThat(error.code()).isEqualTo(outcome.get(0));
            assertThat(error.line()).isEqualTo(Integer.parseInt(outcome.get(1)));
            assertThat(error.getMessage()).contains(outcome.get(2));
            return;
        }
        Plan plan = transform(fixture, expected);
        if (Files.exists(again)) {
            assertThat(plan.changed()).isTrue();
            assertThat(plan.editedBytes()).isEqualTo(Files.readAllBytes(again));
        } else {
            assertThat(plan.changed()).isFalse();
            assertThat(plan.editedBytes()).isEqualTo(expected);
        }
    }

    static Plan transform(Path fixture, byte[] source) {
        return Testdata.plan(fixture.resolve("source.config"), source,
                List.of(XdtTransform.read(fixture.resolve("transform.config"))), false);
    }
}
