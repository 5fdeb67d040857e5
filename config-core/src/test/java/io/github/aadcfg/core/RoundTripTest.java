package io.github.aadcfg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dom4j.Element;
import org.dom4j.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.core.locate.NodeSpan;
import io.github.aadcfg.core.read.SourceDecoder;
import io.github.aadcfg.core.read.SourceDocument;
import io.github.aadcfg.core.read.SourceParser;
import io.github.aadcfg.core.read.SourceText;

/** Reading and writing back without an edit returns every byte, for every testdata and corpus file. */
class RoundTripTest {
    static Stream<Path> wellFormed() {
        return Testdata.wellFormed().stream();
    }

    static Stream<Path> configs() {
        return Testdata.configs().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void decodeParseEncodeReturnsTheSameBytes(Path file) {
        byte[] bytes = Testdata.read(file);
        SourceText source = SourceDecoder.decode(file, bytes);
        SourceDocument document = SourceParser.parse(source);
        assertThat(source.encode(document.text())).isEqualTo(bytes);
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
        Plan plan = Planner.plan(file, bytes, List.of(), true);
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
