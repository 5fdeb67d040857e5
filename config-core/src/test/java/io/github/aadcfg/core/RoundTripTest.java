package io.github.aadcfg.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dom4j.Element;
import org.dom4j.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.SameTree;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.SourceParser;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading, splicing and writing back without a change returns every byte, for every testdata and corpus file. */
class RoundTripTest {
    static Stream<Path> wellFormed() {
        return Testdata.wellFormed().stream();
    }

    static Stream<Path> configs() {
        return Testdata.configs().stream();
    }

    /**
     * Each element of the root and its children, in turn, is spliced back in place of itself: the region is
     * read again by the parser, the tree it gives equals a full parse, and the splicer, given the unchanged
     * ends around the region, writes the original bytes. Neither the decoder's text nor the planner's
     * no-change shortcut is involved.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void splicingEachElementBackInPlaceReturnsTheSameBytes(Path file) {
        byte[] bytes = Testdata.read(file);
        SourceDocument document = SourceParser.parse(SourceDecoder.decode(file, bytes));
        List<Element> elements = new ArrayList<>(List.of(document.root()));
        document.root().elements().forEach(child -> {
            elements.add(child);
            elements.addAll(child.elements());
        });
        List<int[]> spans = elements.stream().map(document::span).map(s -> new int[] {s.start(), s.end()}).toList();
        String text = document.text();
        for (int[] span : spans) {
            SourceDocument spliced = SourceParser.parse(SourceDecoder.decode(file, bytes))
                    .reparse(span[0], span[1], text.substring(span[0], span[1])).commit();
            SameTree.assertMatchesFullParse(spliced);
            assertThat(document.source().encodeEdited(bytes, spliced.text(), span[0], text.length() - span[1]))
                    .as("bytes after splicing [%d, %d) back", span[0], span[1]).isEqualTo(bytes);
        }
        assertThat(spans).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void everyElementSpanCoversItsOwnMarkup(Path file) {
        SourceDocument document = SourceParser.parse(SourceDecoder.decode(file, Testdata.read(file)));
        checkSpans(document, document.root());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void planningNoEditsChangesNothing(Path file) {
        byte[] bytes = Testdata.read(file);
        Plan plan = Testdata.plan(file, bytes, List.of(), true);
        assertThat(plan.changed()).isFalse();
        assertThat(plan.editedBytes()).isEqualTo(bytes);
        assertThat(plan.unifiedDiff()).isEmpty();
    }

    private static void checkSpans(SourceDocument document, Element element) {
        NodeSpan span = document.span(element);
        String text = document.text();
        assertThat(text.substring(span.start())).startsWith("<" + element.getQualifiedName());
        assertThat(text.charAt(span.startTagEnd() - 1)).isEqualTo('>');
        if (span.isSelfClosing()) {
            assertThat(text.substring(span.start(), span.end())).endsWith("/>");
        } else {
            assertThat(text.substring(span.endTagStart(), span.end()))
                    .matches("</" + java.util.regex.Pattern.quote(element.getQualifiedName()) + "\\s*>");
        }
        for (Node child : element.content()) {
            if (child.getNodeType() == Node.NAMESPACE_NODE) {
                continue;
            }
            NodeSpan childSpan = document.span(child);
            assertThat(childSpan.start()).isGreaterThanOrEqualTo(span.startTagEnd());
            assertThat(childSpan.end()).isLessThanOrEqualTo(span.isSelfClosing() ? span.end() : span.endTagStart());
            if (child instanceof Element childElement) {
                checkSpans(document, childElement);
            }
        }
    }
}
