package io.github.aadcfg.core.internal.patch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.SourceParser;
import io.github.aadcfg.core.internal.verify.BackupHistory;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.report.AadcfgException.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The primitives on small documents, asserting the exact text they produce. */
class DocumentEditorTest {

    @Test
    void settingAnAttributeRewritesOnlyItsValueInsideItsOwnQuotes() {
        assertEdit("<configuration>\n  <a x='1'  y = \"2\"/>\n</configuration>\n",
                (e, root) -> e.setAttribute(child(root, "a"), "x", "it's & <b>"),
                "<configuration>\n  <a x='it&apos;s &amp; &lt;b>'  y = \"2\"/>\n</configuration>\n");
    }

    @Test
    void aNewAttributeFollowsTheLastOneOnTheSameLine() {
        assertEdit("<configuration>\n  <a x='1' />\n</configuration>\n",
                (e, root) -> e.setAttribute(child(root, "a"), "z", "3"),
                "<configuration>\n  <a x='1' z='3' />\n</configuration>\n");
    }

    @Test
    void aNewAttributeOnAOnePerLineTagGoesOnItsOwnLineInTheSameColumn() {
        assertEdit("<configuration>\r\n  <add name=\"a\"\r\n       type=\"t\" />\r\n</configuration>\r\n",
                (e, root) -> e.setAttribute(child(root, "add"), "initializeData", "x"),
                "<configuration>\r\n  <add name=\"a\"\r\n       type=\"t\"\r\n       initializeData=\"x\" />\r\n</configuration>\r\n");
    }

    @Test
    void removingAnAttributeKeepsTheRestOfTheLayout() {
        assertEdit("<configuration>\n  <a x=\"1\"\n     y=\"2\"\n     z=\"3\"/>\n</configuration>\n",
                (e, root) -> e.removeAttribute(child(root, "a"), "y"),
                "<configuration>\n  <a x=\"1\"\n     z=\"3\"/>\n</configuration>\n");
    }

    @Test
    void removingTheAttributeBesideTheNameBringsTheNextOneUpBesideIt() {
        assertEdit("<configuration>\n  <a x=\"1\"\n     y=\"2\"\n     z=\"3\"/>\n</configuration>\n",
                (e, root) -> e.removeAttribute(child(root, "a"), "x"),
                "<configuration>\n  <a y=\"2\"\n     z=\"3\"/>\n</configuration>\n");
    }

    @Test
    void anAttributeStartingItsLineGivesItsPlaceToTheNextOne() {
        assertEdit("<configuration>\n  <a x=\"1\"\n     y=\"2\" z=\"3\"/>\n</configuration>\n",
                (e, root) -> e.removeAttribute(child(root, "a"), "y"),
                "<configuration>\n  <a x=\"1\"\n     z=\"3\"/>\n</configuration>\n");
    }

    @Test
    void removingSeveralAttributesTakesOneSeparatorWithEach() {
        String source = "<configuration>\n  <a x=\"1\" y=\"2\" z=\"3\"/>\n  <b p=\"1\"\n     q=\"2\"\n     r=\"3\"/>\n"
                + "</configuration>\n";
        assertEdit(source, (e, root) -> e.removeAttributes(child(root, "a"), List.of("x", "y")),
                source.replace("x=\"1\" y=\"2\" ", ""));
        assertEdit(source, (e, root) -> e.removeAttributes(child(root, "a"), List.of("y", "z")),
                source.replace(" y=\"2\" z=\"3\"", ""));
        assertEdit(source, (e, root) -> e.removeAttributes(child(root, "b"), List.of("p", "r")),
                source.replace("p=\"1\"\n     q=\"2\"\n     r=\"3\"", "q=\"2\""));
    }

    @Test
    void appendingToASelfClosingElementOpensIt() {
        assertEdit("<configuration>\r\n\t<appSettings />\r\n</configuration>",
                (e, root) -> e.appendChild(child(root, "appSettings"), NewElement.named("add").attribute("key", "k")),
                "<configuration>\r\n\t<appSettings>\r\n\t\t<add key=\"k\" />\r\n\t</appSettings>\r\n</configuration>");
    }

    @Test
    void appendingToAnEmptyElementWithAnEndTag() {
        assertEdit("<configuration>\n    <runtime></runtime>\n</configuration>\n",
                (e, root) -> e.appendChild(child(root, "runtime"), NewElement.named("x")),
                "<configuration>\n    <runtime>\n        <x/>\n    </runtime>\n</configuration>\n");
    }

    @Test
    void appendingTakesTheIndentationOfTheLastChild() {
        assertEdit("<configuration>\n   <a/>\n   <!-- note -->\n</configuration>\n",
                (e, root) -> e.appendChild(root, NewElement.named("b").child(NewElement.named("c"))),
                "<configuration>\n   <a/>\n   <!-- note -->\n   <b>\n      <c/>\n   </b>\n</configuration>\n");
    }

    @Test
    void appendingGoesRightAfterTheLastChildAboveBlankLinesBeforeTheEndTag() {
        assertEdit("<configuration>\r\n  <a>\r\n    <b />\r\n\r\n  \r\n  </a>\r\n</configuration>\r\n",
                (e, root) -> e.appendChild(child(root, "a"), NewElement.named("c")),
                "<configuration>\r\n  <a>\r\n    <b />\r\n    <c />\r\n\r\n  \r\n  </a>\r\n</configuration>\r\n");
    }

    @Test
    void appendingWhereTheEndTagSharesALineStaysInline() {
        assertEdit("<configuration>\n<runtime><a/></runtime></configuration>",
                (e, root) -> e.appendChild(child(root, "runtime"), NewElement.named("b")),
                "<configuration>\n<runtime><a/><b/></runtime></configuration>");
    }

    @Test
    void prependingGoesBeforeTheFirstChildOnItsOwnLine() {
        assertEdit("<configuration>\n  <runtime>\n    <a/>\n  </runtime>\n</configuration>\n",
                (e, root) -> e.prependChild(child(root, "runtime"), NewElement.named("b")),
                "<configuration>\n  <runtime>\n    <b/>\n    <a/>\n  </runtime>\n</configuration>\n");
    }

    @Test
    void insertAfterASibling() {
        assertEdit("<configuration>\n  <a/>\n  <c/>\n</configuration>\n",
                (e, root) -> e.insertAfter(child(root, "a"), XmlFragment.parse("<b>\n  <d/>\n</b>")),
                "<configuration>\n  <a/>\n  <b>\n    <d/>\n  </b>\n  <c/>\n</configuration>\n");
    }

    @Test
    void removingAnElementAloneOnItsLineRemovesTheLine() {
        assertEdit("<configuration>\r\n  <a/>\r\n  <b>\r\n    <c/>\r\n  </b>\r\n</configuration>\r\n",
                (e, root) -> e.remove(child(root, "b")),
                "<configuration>\r\n  <a/>\r\n</configuration>\r\n");
    }

    @Test
    void removingAnInlineElementRemovesOnlyIt() {
        assertEdit("<configuration><a/><b/></configuration>", (e, root) -> e.remove(child(root, "a")),
                "<configuration><b/></configuration>");
    }

    @Test
    void replacingKeepsTheIndentationAndReindentsTheFragment() {
        assertEdit("<configuration>\n\t<a>\n\t\t<old/>\n\t</a>\n</configuration>\n",
                (e, root) -> e.replace(child(root, "a"), XmlFragment.parse("<a>\n    <new x=\"1\"/>\n</a>")),
                "<configuration>\n\t<a>\n\t\t<new x=\"1\"/>\n\t</a>\n</configuration>\n");
    }

    @Test
    void newContentUsesTheFilesQuotesAndEmptyTagStyle() {
        assertEdit("<configuration>\n  <a x='1' />\n  <b y='2' />\n</configuration>\n",
                (e, root) -> e.appendChild(root, NewElement.named("c").attribute("z", "it's")),
                "<configuration>\n  <a x='1' />\n  <b y='2' />\n  <c z='it&apos;s' />\n</configuration>\n");
    }

    @Test
    void charactersTheEncodingCannotHoldBecomeReferences() {
        Charset cp1252 = Charset.forName("windows-1252");
        String source = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<configuration>\n  <a/>\n</configuration>\n";
        SourceDocument document = parse(source, cp1252);
        EditSession session = new EditSession(document, BackupHistory.NONE);
        session.apply(e -> e.setAttribute(child(e.document().root(), "a"), "v", "€ Ω"));
        assertThat(session.document().text()).contains("<a v=\"€ &#x3A9;\"/>");
        byte[] bytes = session.document().source().encode(session.document().text());
        assertThat(new String(bytes, cp1252)).contains("€ &#x3A9;");
        assertThat(bytes).contains((byte) 0x80);
    }

    @Test
    void unchangedValuesGiveAnEmptyPatch() {
        SourceDocument document = parse("<configuration><a x=\"1\"/></configuration>", StandardCharsets.UTF_8);
        DocumentEditor editor = new EditSession(document, BackupHistory.NONE).editor();
        assertThat(editor.setAttribute(child(document.root(), "a"), "x", "1").isEmpty()).isTrue();
        assertThat(editor.removeAttribute(child(document.root(), "a"), "y").isEmpty()).isTrue();
    }

    @Test
    void theVerifierRefusesAChangeOutsideTheDeclaredElements() {
        SourceDocument document = parse("<configuration>\n  <a x=\"1\"/>\n  <b y=\"2\"/>\n</configuration>\n",
                StandardCharsets.UTF_8);
        EditSession session = new EditSession(document, BackupHistory.NONE);
        int value = document.text().indexOf("\"2\"") + 1;
        Patch lying = Patch.of(new TextChange(value, value + 1, "3"), ElementPath.of(child(document.root(), "a")));
        assertThat(Failures.thrown(Category.INTERNAL, () -> session.apply(lying)).code())
                .isEqualTo("verify-structure");
        assertThat(session.document()).isSameAs(document);
    }

    @Test
    void theVerifierRefusesAResultThatDoesNotParse() {
        SourceDocument document = parse("<configuration>\n  <a/>\n</configuration>\n", StandardCharsets.UTF_8);
        EditSession session = new EditSession(document, BackupHistory.NONE);
        int at = document.text().indexOf("<a/>");
        Patch broken = Patch.of(new TextChange(at, at + 4, "<a>"), ElementPath.of(child(document.root(), "a")));
        assertThat(Failures.thrown(Category.INTERNAL, () -> session.apply(broken)).code())
                .isEqualTo("verify-reparse");
    }

    @Test
    void fragmentsMustBeWellFormed() {
        for (String bad : List.of("<a>", "text only", "<!DOCTYPE a []><a/>", "<a/><b>")) {
            assertThat(Failures.thrown(Category.INVALID_VALUE, () -> XmlFragment.parse(bad)).code())
                    .isEqualTo("invalid-fragment");
        }
    }

    private static void assertEdit(String source, BiFunction<DocumentEditor, Element, Patch> edit, String expected) {
        EditSession session = new EditSession(parse(source, StandardCharsets.UTF_8), BackupHistory.NONE);
        session.apply(e -> edit.apply(e, e.document().root()));
        assertThat(session.document().text()).isEqualTo(expected);
    }

    private static SourceDocument parse(String text, Charset charset) {
        return SourceParser.parse(SourceDecoder.decode(Path.of("test.config"), text.getBytes(charset)));
    }

    private static Element child(Element parent, String name) {
        return parent.element(name);
    }
}
