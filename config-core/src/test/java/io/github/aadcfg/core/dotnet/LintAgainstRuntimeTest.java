package io.github.aadcfg.core.dotnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;

/**
 * aadcfg's verdict on a file agrees with the .NET runtime's: where the runtime refuses a file, aadcfg refuses to
 * read it or lint reports an error; where aadcfg does and the runtime accepts the file, the case is one of
 * {@link #STRICTER}, each with the reason the README gives.
 */
class LintAgainstRuntimeTest {
    private static final String DTD = "aadcfg never processes a DTD (no XXE, no entity expansion); Mono's reader "
            + "does, and reads the file";
    private static final String MALFORMED = "not well-formed XML; the runtime's reader stops at the end of the root "
            + "element or tolerates the fault, while aadcfg must parse the whole file to write it back byte for byte";
    private static final String ENCODING = "an ambiguous or broken encoding that aadcfg could not write back "
            + "unchanged; the runtime guesses";
    /** Files aadcfg refuses though the runtime reads them, and why aadcfg is stricter (the README says the same). */
    static final Map<String, String> STRICTER = new TreeMap<>(Map.ofEntries(
            Map.entry("hostile/duplicated-sections.config", "two <system.net> section groups: the runtime merges "
                    + "them, but which one an edit should change is ambiguous"),
            Map.entry("corpus/014-autodiscover-checker-systemnet-trace-app.config", "a source names a listener "
                    + "that is not declared: the runtime fails only when that source is first used"),
            Map.entry("hostile/bom-utf8-declares-latin1.config", ENCODING),
            Map.entry("hostile/utf8-cut-at-end.config", ENCODING),
            Map.entry("bad/utf16-no-bom.config", ENCODING),
            Map.entry("hostile/utf16be-without-bom.config", ENCODING),
            Map.entry("hostile/utf16le-without-bom.config", ENCODING),
            Map.entry("bad/billion-laughs.config", DTD),
            Map.entry("bad/external-dtd.config", DTD),
            Map.entry("bad/parameter-entity.config", DTD),
            Map.entry("bad/xxe-file-element.config", DTD),
            Map.entry("bad/xxe-file.config", DTD),
            Map.entry("bad/xxe-network-element.config", DTD),
            Map.entry("bad/xxe-network.config", DTD),
            Map.entry("hostile/billion-laughs.config", DTD),
            Map.entry("hostile/doctype-internal-empty.config", DTD),
            Map.entry("hostile/external-dtd-public.config", DTD),
            Map.entry("hostile/external-dtd.config", DTD),
            Map.entry("hostile/quadratic-blowup.config", DTD),
            Map.entry("hostile/xxe-file-attribute.config", DTD),
            Map.entry("hostile/xxe-network.config", DTD),
            Map.entry("hostile/xxe-parameter-entity-network.config", DTD),
            Map.entry("hostile/xxe-parameter-entity.config", DTD),
            Map.entry("bad/two-roots.config", MALFORMED),
            Map.entry("bad/undefined-entity.config", MALFORMED),
            Map.entry("hostile/control-character-reference.config", MALFORMED),
            Map.entry("hostile/doctype-after-root.config", MALFORMED),
            Map.entry("hostile/many-roots.config", MALFORMED),
            Map.entry("hostile/text-after-root.config", MALFORMED),
            Map.entry("hostile/two-roots.config", MALFORMED),
            Map.entry("hostile/undefined-entity.config", MALFORMED)));

    @Test
    void whereTheRuntimeRefusesAFileAadcfgDoesToo() {
        List<Path> files = Stream.of(Testdata.wellFormed(), Testdata.files("hostile"), Testdata.files("bad"))
                .flatMap(List::stream).toList();
        Map<Path, RuntimeView> runtime = RuntimeView.of(files);

        List<String> missed = new ArrayList<>();
        Map<String, String> stricter = new TreeMap<>();
        int refusedByBoth = 0;
        for (Path file : files) {
            String verdict = aadcfgVerdict(file);
            boolean runtimeRefuses = runtime.get(file).refused();
            if (runtimeRefuses && verdict == null) {
                missed.add(Testdata.ROOT.relativize(file) + ": the runtime refuses it (" + runtime.get(file).lines()
                        + ") but aadcfg finds no error");
            } else if (!runtimeRefuses && verdict != null) {
                stricter.put(Testdata.ROOT.relativize(file).toString(), verdict);
            } else if (runtimeRefuses) {
                refusedByBoth++;
            }
        }
        System.out.printf("lint against the runtime: %d files, %d refused by both, %d by the runtime only, "
                + "%d by aadcfg only: %s%n", files.size(), refusedByBoth, missed.size(), stricter.size(), stricter);

        assertThat(missed).isEmpty();
        assertThat(stricter.keySet()).as("files aadcfg refuses and the runtime reads (document each in STRICTER "
                + "and the README)").isEqualTo(STRICTER.keySet());
    }

    /** Why aadcfg refuses the file: its parse error or lint errors; {@code null} when it accepts it. */
    private static String aadcfgVerdict(Path file) {
        try {
            List<String> errors = ConfigDocument.read(file).lint().stream().filter(Finding::isError)
                    .map(Finding::code).toList();
            return errors.isEmpty() ? null : "lint " + errors;
        } catch (AadcfgException refused) {
            return "refused " + refused.code();
        }
    }
}
