package io.github.aadcfg.core.dotnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Microsoft's XDT engine (Microsoft.Web.XmlTransform.dll) made of a transform, applied by
 * {@code testdata/dotnet/XdtApply.cs}: whether it succeeded (then the result is in the job's output file) and
 * its warnings and errors, one per line ({@code warning MESSAGE}, {@code error MESSAGE}).
 *
 * @param succeeded whether the engine reported success and the result was saved
 * @param log       the engine's warnings and errors
 */
record MicrosoftXdt(boolean succeeded, List<String> log) {
    /** A transform to apply: the source file, the transform file, and where the result goes. */
    record Job(Path source, Path transform, Path output) {
    }

    /** Applies every job in one Mono process; the outcomes by output file, in the jobs' order. */
    static Map<Path, MicrosoftXdt> apply(List<Job> jobs) {
        Mono.require();
        Path program = Mono.compile("XdtApply", Mono.XDT_ENGINE.toString());
        Mono.Result result = Mono.runExe(program, jobs.stream()
                .map(job -> job.source() + "\t" + job.transform() + "\t" + job.output()).toList());
        assertThat(result.exitCode()).as(result.output()).isZero();
        Map<Path, MicrosoftXdt> outcomes = new LinkedHashMap<>();
        result.blocks().forEach((output, lines) -> outcomes.put(Path.of(output),
                new MicrosoftXdt(lines.get(0).equals("ok"), List.copyOf(lines.subList(1, lines.size())))));
        assertThat(outcomes.keySet()).as("results of the engine").containsExactlyElementsOf(
                jobs.stream().map(Job::output).toList());
        return outcomes;
    }
}
