package io.github.aadcfg.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileGoalTest {
    private final Path good = Path.of("good.config");
    private final Path drifted = Path.of("drifted.config");
    private final Path broken = Path.of("broken.config");
    private final AadcfgException malformed = new AadcfgException(Category.BAD_DATA, "malformed", broken, "not well-formed");
    private final List<Path> handled = new ArrayList<>();

    @Test
    void eachFileHandlesTheFilesInOrderAndStopsAtTheFirstFailure() {
        FileGoal goal = FileGoal.eachFile(this::problems);

        assertThatThrownBy(() -> goal.run(List.of(good, broken, drifted))).isSameAs(malformed);
        assertThat(handled).containsExactly(good, broken);
    }

    @Test
    void checkEachFileChecksEveryFileAndFailsListingTheProblemsWithBadDataAsOneProblem() {
        List<String> badData = new ArrayList<>();
        FileGoal goal = FileGoal.checkEachFile(this::problems, badData::add,
                problems -> problems.size() + ": " + String.join(", ", problems));

        assertThatThrownBy(() -> goal.run(List.of(broken, good, drifted))).isInstanceOf(MojoFailureException.class)
                .hasMessage("3: " + malformed.getMessage() + ", drifted, lint errors");
        assertThat(badData).containsExactly(malformed.getMessage());
        assertThat(handled).containsExactly(broken, good, drifted);
    }

    @Test
    void checkEachFilePassesWhenNoFileHasProblems() {
        FileGoal goal = FileGoal.checkEachFile(this::problems, badData -> { }, problems -> "unexpected");

        assertThatCode(() -> goal.run(List.of(good, good))).doesNotThrowAnyException();
        assertThat(handled).containsExactly(good, good);
    }

    @Test
    void checkEachFileStopsAtAFailureThatIsNotBadData() {
        AadcfgException missing = new AadcfgException(Category.INPUT_UNAVAILABLE, "missing", good, "no such file");
        FileGoal goal = FileGoal.checkEachFile(file -> {
            throw missing;
        }, badData -> { }, problems -> "unexpected");

        assertThatThrownBy(() -> goal.run(List.of(good, drifted))).isSameAs(missing);
    }

    @Test
    void commitEachFileHandsTheCommitsOverAlsoWhenAFileFailedAndThenFailsWithItsError() {
        List<List<Path>> handedOver = new ArrayList<>();
        FileGoal goal = FileGoal.commitEachFile(this::commit,
                results -> handedOver.add(results.stream().map(CommitResult::file).toList()));

        assertThatCode(() -> goal.run(List.of(good, drifted))).doesNotThrowAnyException();
        assertThatThrownBy(() -> goal.run(List.of(good, broken, drifted))).isSameAs(malformed);
        assertThat(handedOver).containsExactly(List.of(good, drifted), List.of(good));
        assertThat(handled).containsExactly(good, drifted, good, broken);
    }

    @Test
    void commitEachFileFailsWithTheErrorOfWhatFollowsTheCommits() {
        AadcfgException rolledBack = new AadcfgException(Category.SERVICE, "restart-rolled-back", null, "put back");
        FileGoal goal = FileGoal.commitEachFile(this::commit, results -> {
            throw rolledBack;
        });

        assertThatThrownBy(() -> goal.run(List.of(good))).isSameAs(rolledBack);
        assertThatThrownBy(() -> goal.run(List.of(good, broken))).isSameAs(rolledBack);
    }

    /** Records the file as handled and commits nothing to it; the broken file is malformed. */
    private CommitResult commit(Path file) {
        problems(file);
        return new CommitResult(file, Status.UNCHANGED, null, null);
    }

    /** Records the file as handled; the broken file is malformed, the drifted one has two problems. */
    private List<String> problems(Path file) {
        handled.add(file);
        if (file.equals(broken)) {
            throw malformed;
        }
        return file.equals(drifted) ? List.of("drifted", "lint errors") : List.of();
    }
}
