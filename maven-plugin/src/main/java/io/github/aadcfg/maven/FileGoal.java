package io.github.aadcfg.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.maven.plugin.MojoFailureException;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.report.AadcfgException;

/** What a goal does with the configured files, its parameters validated. */
@FunctionalInterface
interface FileGoal {
    /**
     * Runs the goal.
     *
     * @param files the files, absolute, each once, in the order configured
     * @throws MojoFailureException when the goal found problems in the files
     */
    void run(List<Path> files) throws MojoFailureException;

    /** Handles the files one by one; the first that fails stops the goal. */
    static FileGoal eachFile(Consumer<Path> handle) {
        return files -> files.forEach(handle);
    }

    /**
     * Commits a change to each file in turn, then hands what was committed to {@code afterAll}, also when a file
     * failed: the changes before it stand. The goal then fails with the file's error, or with {@code afterAll}'s when
     * that fails too.
     *
     * @param commit   commits the change to a file and logs it
     * @param afterAll what to do once with the commits, e.g. restart a service when one changed its file
     */
    static FileGoal commitEachFile(Function<Path, CommitResult> commit, Consumer<List<CommitResult>> afterAll) {
        return files -> {
            List<CommitResult> results = new ArrayList<>();
            try {
                files.forEach(file -> results.add(commit.apply(file)));
            } finally {
                afterAll.accept(results);
            }
        };
    }

    /**
     * Checks every file, changing nothing, then fails the build when problems were found. A file that is bad data
     * (malformed XML, not a .NET config) is one problem, handed to {@code onBadData} as well; the next file is still
     * checked.
     *
     * @param check     the problems in a file
     * @param onBadData what else to do with the message of a file that is bad data
     * @param failure   the build failure's message for the problems found
     */
    static FileGoal checkEachFile(Function<Path, List<String>> check, Consumer<String> onBadData,
            Function<List<String>, String> failure) {
        return files -> {
            List<String> problems = new ArrayList<>();
            for (Path file : files) {
                try {
                    problems.addAll(check.apply(file));
                } catch (AadcfgException e) {
                    if (e.category() != AadcfgException.Category.BAD_DATA) {
                        throw e;
                    }
                    onBadData.accept(e.getMessage());
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new MojoFailureException(failure.apply(problems));
            }
        };
    }
}
