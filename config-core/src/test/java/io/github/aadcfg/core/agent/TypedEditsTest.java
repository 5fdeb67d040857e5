package io.github.aadcfg.core.agent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dom4j.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.Coverage;
import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.text.Lines;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.StartTag;
import io.github.aadcfg.core.report.AadcfgException.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every typed edit over every testdata and corpus config: only the bytes of the intended region differ, the
 * result parses, new lines use the file's newline, and a second application changes nothing; a file whose
 * root is not {@code <configuration>} is refused with {@code not-dotnet-config}.
 */
public class TypedEditsTest {

    /** An edit and the region of the original it may change. */
    public record Case(String name, ConfigEdit edit, Function<SourceDocument, int[]> region) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Case> cases() {
        return List.of(
                new Case("proxy set", new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080")),
                        d -> sectionOrEnd(d, "system.net")),
                new Case("proxy set with bypass", new SetProxy(ProxySettings.of("https://10.0.0.1:3128")
                        .withBypassList(List.of(".*\\.contoso\\.com", "^10\\..*")).withBypassOnLocal(false)),
                        d -> sectionOrEnd(d, "system.net")),
                new Case("proxy remove", new RemoveProxy(), d -> wholeLines(d, "system.net")),
                new Case("tracing enable", new EnableTracing(), d -> sectionOrEnd(d, "system.diagnostics")),
                new Case("tracing enable custom", new EnableTracing("D:/logs/agent.log", "Verbose"),
                        d -> sectionOrEnd(d, "system.diagnostics")),
                new Case("tracing disable level", new DisableTracing(DisableTracing.Way.LEVEL_ONLY, "Warning"),
                        d -> wholeLines(d, "system.diagnostics")),
                new Case("appsetting set", new SetAppSetting("ServiceBusConnectionMode", "WebSocket"),
                        d -> sectionOrEnd(d, "appSettings")),
                new Case("appsetting update", new SetAppSetting("TraceFileMaxSizeMB", "50 & <more> \"quoted\""),
                        d -> sectionOrEnd(d, "appSettings")),
                new Case("appsetting remove", new RemoveAppSetting("TraceFileRetentionCount"),
                        d -> wholeLines(d, "appSettings")),
                new Case("fips off", new SetFipsPolicy(false), d -> sectionOrEnd(d, "runtime")),
                new Case("fips on", new SetFipsPolicy(true), d -> sectionOrEnd(d, "runtime")));
    }

    private static final Coverage COVERAGE = new Coverage("typed edits x files",
            Testdata.wellFormed().size() * cases().size());

    static Stream<Arguments> filesTimesEdits() {
        List<Arguments> arguments = new ArrayList<>();
        for (Path file : Testdata.wellFormed()) {
            for (Case c : cases()) {
                arguments.add(Arguments.of(file.getFileName().toString(), c, file));
            }
        }
        return arguments.stream();
    }

    /**
     * One case per file and typed edit; M is every well-formed testdata and corpus file times every edit.
     * A case reaches the assertion when the edit was planned and its result checked (only the region
     * changed, the result parses with the same encoding and newlines, a second run changes nothing), or,
     * for a file whose root is not {@code <configuration>}, when the refusal {@code not-dotnet-config} was
     * asserted. The floor is every case: an edit that refuses a real configuration fails here.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("filesTimesEdits")
    void onlyTheIntendedRegionChangesAndTheEditIsIdempotent(String name, Case edit, Path file) {
        COVERAGE.attempted();
        byte[] original = Testdata.read(file);
        ConfigDocument parsed = ConfigDocument.parse(file, original);
        if (!parsed.isDotNetConfig()) {
            assertThat(Failures.thrown(Category.BAD_DATA, () -> Testdata.plan(file, original, List.of(edit.edit()), true)).code())
                    .isEqualTo("not-dotnet-config");
            COVERAGE.reached();
            return;
        }
        Plan plan = Testdata.plan(file, original, List.of(edit.edit()), true);
        byte[] edited = plan.editedBytes();

        SourceDocument before = Testdata.parse(file, original);
        int[] allowed = toBytes(before, edit.region().apply(before));
        if (plan.changed()) {
            assertOnlyRegionDiffers(original, edited, allowed[0], allowed[1]);
        }

        ConfigDocument.parse(file, edited).requireDotNetConfig();
        SourceDocument after = Testdata.parse(file, edited);
        assertThat(after.source().charset()).isEqualTo(before.source().charset());
        assertThat(after.source().hasBom()).isEqualTo(before.source().hasBom());
        assertNewLinesAreNative(before.text(), after.text());

        Plan again = Testdata.plan(file, edited, List.of(edit.edit()), true);
        assertThat(again.changed()).as("second application changes nothing").isFalse();
        assertThat(again.editedBytes()).isEqualTo(edited);
        COVERAGE.reached();
    }

    @AfterAll
    static void reportCoverage() {
        COVERAGE.report();
    }

    /** The region a section edit may touch: the section itself, or the insertion point before {@code </configuration>}. */
    static int[] sectionOrEnd(SourceDocument document, String section) {
        Optional<Element> existing = Sections.child(document.root(), section);
        if (existing.isPresent()) {
            NodeSpan span = document.span(existing.get());
            return new int[] {span.start(), span.end()};
        }
        NodeSpan root = document.span(document.root());
        if (root.isSelfClosing()) { // <configuration/> is opened: from the end of its attributes to its end
            return new int[] {StartTag.scan(document.text(), root.start()).contentEnd(), root.end()};
        }
        List<Element> children = document.root().elements();
        int afterLast = children.isEmpty() ? root.startTagEnd() : document.span(children.get(children.size() - 1)).end();
        return new int[] {afterLast, root.endTagStart()};
    }

    /** The lines the section (all of its occurrences) occupies, for edits that may remove whole lines. */
    static int[] wholeLines(SourceDocument document, String section) {
        List<Element> occurrences = Sections.children(document.root(), section);
        if (occurrences.isEmpty()) {
            return new int[] {0, 0};
        }
        NodeSpan first = document.span(occurrences.get(0));
        NodeSpan last = document.span(occurrences.get(occurrences.size() - 1));
        int end = Lines.endsLine(document.text(), last.end());
        return new int[] {Lines.lineStart(document.text(), first.start()), end < 0 ? last.end() : end};
    }

    /** Character offsets to byte offsets in the original encoding. */
    public static int[] toBytes(SourceDocument document, int[] chars) {
        return Arrays.stream(chars).map(c -> document.source().encode(document.text().substring(0, c)).length).toArray();
    }

    static void assertNewLinesAreNative(String before, String after) {
        if (before.contains("\r\n") && !before.replace("\r\n", "").contains("\n")) {
            assertThat(after.replace("\r\n", "")).as("no bare LF in a CRLF file").doesNotContain("\n");
        }
        if (!before.contains("\r")) {
            assertThat(after).as("no CR in an LF file").doesNotContain("\r");
        }
    }

    /** The edited bytes are the original's bytes before {@code from} and after {@code to}, with anything between. */
    public static void assertOnlyRegionDiffers(byte[] original, byte[] edited, int from, int to) {
        int tail = original.length - to;
        assertThat(edited.length).as("edited length").isGreaterThanOrEqualTo(from + tail);
        assertThat(Arrays.copyOfRange(edited, 0, from)).as("bytes before the region")
                .isEqualTo(Arrays.copyOfRange(original, 0, from));
        assertThat(Arrays.copyOfRange(edited, edited.length - tail, edited.length)).as("bytes after the region")
                .isEqualTo(Arrays.copyOfRange(original, to, original.length));
    }
}
