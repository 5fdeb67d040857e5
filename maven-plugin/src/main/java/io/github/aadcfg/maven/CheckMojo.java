package io.github.aadcfg.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.report.Finding;

/**
 * Checks that every configured file is in the declared state, changing nothing. Fails the build listing
 * a unified diff for each file that is not (what {@code aadcfg:apply} would change), and each file with
 * error-level lint findings or that cannot be parsed.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractDesiredStateMojo {
    @Override
    FileGoal goal(DesiredState state, ConfigEditor editor) {
        FileLog log = fileLog();
        return FileGoal.checkEachFile(file -> check(editor.plan(file, state.edits()), log),
                badData -> { }, // listed in the failure only
                problems -> "aadcfg check failed for " + problems.size() + " problem(s); "
                        + "aadcfg:apply brings the files to the declared state:\n\n" + String.join("\n", problems));
    }

    private static List<String> check(Plan plan, FileLog log) {
        log.findings(plan);
        List<String> problems = new ArrayList<>();
        String errors = plan.findings().stream().filter(Finding::isError).map(Finding::toString)
                .collect(Collectors.joining("; "));
        if (!errors.isEmpty()) {
            problems.add(plan.file() + ": lint errors: " + errors);
        }
        if (plan.changed()) {
            problems.add(plan.file() + ": not in the declared state:\n" + plan.unifiedDiff());
        }
        if (problems.isEmpty()) {
            log.info(plan.file(), "in the declared state");
        }
        return problems;
    }
}
