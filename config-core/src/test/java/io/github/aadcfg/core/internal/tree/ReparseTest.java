package io.github.aadcfg.core.internal.tree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.agent.TypedEditsTest;
import io.github.aadcfg.core.internal.edit.EditSteps;
import io.github.aadcfg.core.internal.patch.ElementPath;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.patch.TextChange;
import io.github.aadcfg.core.internal.tree.SameTree;
import io.github.aadcfg.core.internal.verify.BackupHistory;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An edit step reads again only the region it changed and updates the tree in place. These tests prove
 * that the result is exactly what a parse of the whole edited text gives: same nodes, same spans.
 */
class ReparseTest {
    static Stream<Arguments> configsTimesEdits() {
        return Testdata.wellFormed().stream()
                .flatMap(file -> TypedEditsTest.cases().stream().map(edit -> Arguments.of(file, edit)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("configsTimesEdits")
    void everyTypedEditLeavesTheTreeAFullParseWouldGive(Path file, TypedEditsTest.Case edit) {
        SourceDocument document;
        try {
            document = Testdata.parse(file, Testdata.read(file));
            document.source().text(); // the original's text is kept: the session replaces the source
        } catch (AadcfgException notAConfig) {
            return;
        }
        EditSession session = new EditSession(document, BackupHistory.NONE);
        try {
            EditSteps.of(List.of(edit.edit())).get(0).applyTo(session);
        } catch (AadcfgException refused) {
            if (refused.category() == Category.INTERNAL) {
                throw refused;
            }
            return; // e.g. no agent source to trace; the refusal itself is tested elsewhere
        }
        SameTree.assertMatchesFullParse(session.document());
        String edited = session.document().text();
        assertThat(document.source().encodeEdited(Testdata.read(file), edited, session.unchangedPrefix(),
                session.unchangedSuffix())).as("bytes from the unchanged ends and the encoded middle")
                .isEqualTo(session.document().source().encode(edited));
    }

    private static SourceDocument parse(String text) {
        return Testdata.parse(Path.of("a.config"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceDocument apply(String text, String find, int length, String replacement,
            String... touched) {
        SourceDocument document = parse(text);
        EditSession session = new EditSession(document, BackupHistory.NONE);
        int at = text.indexOf(find);
        List<ElementPath> paths = Stream.of(touched).map(ReparseTest::path).toList();
        session.apply(new Patch(List.of(new TextChange(at, at + length, replacement)), paths, paths));
        SameTree.assertMatchesFullParse(session.document());
        return session.document();
    }

    /** A path like {@code configuration/appSettings/add[2]}. */
    private static ElementPath path(String path) {
        ElementPath result = ElementPath.DOCUMENT;
        for (String step : path.split("/")) {
            int bracket = step.indexOf('[');
            result = bracket < 0 ? result.child(step, 1)
                    : result.child(step.substring(0, bracket), Integer.parseInt(step.substring(bracket + 1,
                            step.length() - 1)));
        }
        return result;
    }

    private static final String CONFIG = "<?xml version=\"1.0\"?>\n<!-- head -->\n<configuration>\n"
            + "  <appSettings>\n    <add key=\"a\" value=\"1\"/>\n    <add key=\"b\" value=\"2\"/>\n  </appSettings>\n"
            + "  <runtime/>\n</configuration>\n<!-- tail -->\n";

    @ParameterizedTest
    @ValueSource(strings = {"<add key=\"b\"", "    <add key=\"b\"", "\n  </appSettings>", "  </appSettings>"})
    void insertionsAtEveryKindOfBoundary(String before) {
        apply(CONFIG, before, 0, "<add key=\"c\" value=\"3\"/>", "configuration/appSettings/add[2]",
                "configuration/appSettings/add[3]");
    }

    @Test
    void anAttributeChangeMovesEverythingAfterIt() {
        SourceDocument edited = apply(CONFIG, "\"1\"", 3, "\"one, longer\"", "configuration/appSettings/add[1]");
        assertThat(edited.text()).contains("value=\"one, longer\"");
    }

    @Test
    void aRemovalWithItsLine() {
        apply(CONFIG, "    <add key=\"a\"", "    <add key=\"a\" value=\"1\"/>\n".length(), "",
                "configuration/appSettings/add[1]");
    }

    @Test
    void aSelfClosedElementOpened() {
        apply(CONFIG, "<runtime/>", "<runtime/>".length(), "<runtime>\n    <x/>\n  </runtime>",
                "configuration/runtime");
    }

    @Test
    void theRootsOwnStartTagIsReadAgainWholly() {
        SourceDocument edited = apply(CONFIG, "<configuration>", "<configuration>".length(),
                "<configuration xmlns:x=\"urn:x\">", "configuration");
        assertThat(edited.root().declaredNamespaces()).hasSize(1);
    }

    @Test
    void theRegionSeesTheNamespacesInScope() {
        String config = "<configuration xmlns=\"urn:d\" xmlns:p=\"urn:p\">\n  <p:a>\n    <b/>\n  </p:a>\n"
                + "</configuration>\n";
        SourceDocument edited = apply(config, "<b/>", 0, "<p:c/><d/>", "configuration/a/c", "configuration/a/d");
        assertThat(edited.root().element("a").element("c").getNamespaceURI()).isEqualTo("urn:p");
        assertThat(edited.root().element("a").element("d").getNamespaceURI()).isEqualTo("urn:d");
    }

    @Test
    void textIsNeverCutBetweenTheRegionAndItsNeighbours() {
        String config = "<configuration>\n  <a>one<b/>two</a>\n</configuration>\n";
        apply(config, "<b/>", 4, "<b x=\"1\"/>", "configuration/a/b");
        apply(config, "two", 0, "<c/>", "configuration/a/c");
    }

    @Test
    void anUnbalancedRegionIsRefusedAsABug() {
        SourceDocument document = parse(CONFIG);
        EditSession session = new EditSession(document, BackupHistory.NONE);
        int at = CONFIG.indexOf("<runtime/>");
        Patch unbalanced = Patch.of(new TextChange(at, at + "<runtime/>".length(), "<runtime>"),
                path("configuration/runtime"));
        assertThat(Failures.thrown(Category.INTERNAL, () -> session.apply(unbalanced)).code())
                .isEqualTo("verify-reparse");
    }
}
