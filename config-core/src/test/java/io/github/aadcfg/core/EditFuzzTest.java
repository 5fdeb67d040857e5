package io.github.aadcfg.core;

import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

import io.github.aadcfg.core.agent.TypedEditsTest;
import io.github.aadcfg.core.internal.edit.EditSteps;
import io.github.aadcfg.core.internal.tree.SameTree;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.verify.BackupHistory;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes parse → each typed edit → write to memory. Only typed errors may escape (and never the
 * engine's refusal of its own result); a changed result parses again; the bytes outside the edit's
 * region are identical; a second application changes nothing; the tree the edit session updated in place
 * is exactly what a parse of the whole result gives. {@code mvn verify} replays the committed
 * inputs in {@code src/test/resources/io/github/aadcfg/core/EditFuzzTestInputs/} ({@link EditFuzzSeeds}
 * writes the {@code seed-*} ones from the testdata); the README says how to fuzz for longer.
 *
 * <p>Coverage: M is the inputs run, N those whose edit changed the file and so went through every check
 * above (bytes outside the region, re-parse, second run, tree). A replay fails when N is below 200.
 */
class EditFuzzTest {
    private static final List<TypedEditsTest.Case> CASES = TypedEditsTest.cases();
    private static final Path FILE = Path.of("fuzz.config");
    /** Fuzzing proper (not a replay) starts from few inputs: the floor is for the replay. */
    private static final Coverage COVERAGE = new Coverage("fuzz replay",
            System.getenv("JAZZER_FUZZ") == null ? 200 : 0);

    @FuzzTest(maxDuration = "10m")
    void editsAreSafeOnAnyInput(FuzzedDataProvider data) {
        COVERAGE.attempted();
        TypedEditsTest.Case edit = CASES.get(data.consumeInt(0, CASES.size() - 1));
        boolean force = data.consumeBoolean();
        byte[] input = data.consumeRemainingAsBytes();
        Plan plan;
        try {
            plan = Testdata.plan(FILE, input, List.of(edit.edit()), force);
        } catch (AadcfgException refused) {
            if (refused.category() == Category.INTERNAL) {
                throw new AssertionError("the engine refused its own result on this input: " + refused.getMessage(),
                        refused);
            }
            return; // a typed refusal of bad input is the expected outcome
        }
        byte[] edited = plan.editedBytes();
        if (!plan.changed()) {
            assertThat(edited).isEqualTo(input);
            return;
        }
        SourceDocument before = Testdata.parse(FILE, input);
        int[] region = TypedEditsTest.toBytes(before, edit.region().apply(before));
        TypedEditsTest.assertOnlyRegionDiffers(input, edited, region[0], region[1]);
        ConfigDocument.parse(FILE, edited).requireDotNetConfig();
        assertThat(Testdata.plan(FILE, edited, List.of(edit.edit()), true).changed())
                .as("a second application changes nothing").isFalse();
        EditSession session = new EditSession(before, BackupHistory.NONE);
        EditSteps.of(List.of(edit.edit())).get(0).applyTo(session);
        SameTree.assertMatchesFullParse(session.document());
        COVERAGE.reached();
    }

    @AfterAll
    static void reportCoverage() {
        COVERAGE.report();
    }
}
