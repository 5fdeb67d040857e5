package io.github.aadcfg.core.internal.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.internal.patch.ElementPath;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.patch.TextChange;
import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.SourceParser;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The verifier refuses every change outside the elements an edit declares, wherever the change is:
 * next to the declared element, far away among thousands of siblings, in the order of siblings, in
 * comments, text, namespaces or the XML declaration.
 */
class ChangeVerifierTest {
    private static String settings(int count) {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\"?>\n<configuration>\n  <appSettings>");
        for (int i = 0; i < count; i++) {
            text.append("\n    <add key=\"k").append(i).append("\" value=\"v").append(i).append("\" />");
        }
        return text.append("\n  </appSettings>\n  <!-- c -->\n  <runtime />\n</configuration>\n").toString();
    }

    private static final String CONFIG = settings(3000);
    private static final ElementPath FIRST = ElementPath.DOCUMENT.child("configuration", 1).child("appSettings", 1)
            .child("add", 1);

    /** Applies one text change while declaring that only {@code touched} may change; returns the refusal code. */
    private static String refusal(String text, int from, int to, String replacement, List<ElementPath> touched) {
        EditSession session = new EditSession(SourceParser.parse(SourceDecoder.decode(Path.of("a.config"),
                text.getBytes(StandardCharsets.UTF_8))), BackupHistory.NONE);
        AadcfgException refused = Failures.caught(Category.INTERNAL,
                () -> session.apply(new Patch(List.of(new TextChange(from, to, replacement)), touched, touched)));
        return refused == null ? null : refused.code();
    }

    private static String refusal(String find, String replacement, List<ElementPath> touched) {
        int at = CONFIG.indexOf(find);
        return refusal(CONFIG, at, at + find.length(), replacement, touched);
    }

    @Test
    void aDeclaredChangePasses() {
        assertThat(refusal("value=\"v0\"", "value=\"new\"", List.of(FIRST))).isNull();
    }

    @Test
    void aChangedValueAmongManySiblingsIsRefused() {
        assertThat(refusal("value=\"v1500\"", "value=\"x\"", List.of(FIRST))).isEqualTo("verify-structure");
        assertThat(refusal("value=\"v1500\"", "value=\"x\"", List.of())).isEqualTo("verify-structure");
    }

    @Test
    void swappedSiblingsAreRefused() {
        String pair = "<add key=\"k1\" value=\"v1\" />\n    <add key=\"k2\" value=\"v2\" />";
        assertThat(refusal(pair, "<add key=\"k2\" value=\"v2\" />\n    <add key=\"k1\" value=\"v1\" />",
                List.of(FIRST))).isEqualTo("verify-structure");
    }

    @Test
    void anAddedOrRemovedSiblingIsRefused() {
        String one = "\n    <add key=\"k7\" value=\"v7\" />";
        assertThat(refusal(one, "", List.of(FIRST))).isEqualTo("verify-structure");
        assertThat(refusal(one, one + one, List.of(FIRST))).isEqualTo("verify-structure");
    }

    @Test
    void commentsTextAndInstructionsAreCompared() {
        assertThat(refusal("<!-- c -->", "", List.of())).isEqualTo("verify-structure");
        assertThat(refusal("<!-- c -->", "<!-- d -->", List.of())).isEqualTo("verify-structure");
        assertThat(refusal("<!-- c -->", "<?c?>", List.of())).isEqualTo("verify-structure");
        assertThat(refusal("<runtime />", "<runtime>x</runtime>", List.of())).isEqualTo("verify-structure");
    }

    @Test
    void whitespaceMayShiftOnlyBesideADeclaredElement() {
        assertThat(refusal("<runtime />", "<runtime>\n  </runtime>", List.of())).isEqualTo("verify-structure");
        assertThat(refusal("\n  <runtime />", "\n\n  <runtime />", List.of())).isEqualTo("verify-structure");
        ElementPath runtime = ElementPath.DOCUMENT.child("configuration", 1).child("runtime", 1);
        assertThat(refusal("\n  <runtime />", "\n\n  <runtime />", List.of(runtime))).isNull();
    }

    @Test
    void namespacesAndPrefixesAreCompared() {
        assertThat(refusal("<runtime />", "<runtime xmlns=\"urn:x\" />", List.of())).isEqualTo("verify-structure");
        String prefixed = "<configuration xmlns:a=\"urn:a\" xmlns:b=\"urn:a\">\n  <a:x/>\n</configuration>\n";
        int at = prefixed.indexOf("a:x");
        assertThat(refusal(prefixed, at, at + 3, "b:x", List.of())).isEqualTo("verify-structure");
    }

    @Test
    void theXmlDeclarationAndTheRootAreCompared() {
        assertThat(refusal("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" standalone=\"yes\"?>", List.of()))
                .isEqualTo("verify-structure");
        assertThat(refusal("<configuration>", "<configuration a=\"1\">", List.of())).isEqualTo("verify-structure");
        assertThat(refusal("<configuration>", "<configuration a=\"1\">",
                List.of(ElementPath.DOCUMENT.child("configuration", 1)))).isNull();
    }

    @Test
    void aDeclaredElementThatIsNotThereIsRefused() {
        ElementPath missing = ElementPath.DOCUMENT.child("configuration", 1).child("nowhere", 1);
        assertThat(refusal("<!-- c -->", "<!-- c --><other/>", List.of(missing))).isEqualTo("verify-structure");
        assertThat(refusal("<!-- c -->", "<!-- c --><nowhere/>", List.of(missing))).isNull();
        assertThat(refusal("\n  <runtime />", "", List.of(missing))).isEqualTo("verify-structure");
        ElementPath runtime = ElementPath.DOCUMENT.child("configuration", 1).child("runtime", 1);
        assertThat(refusal("\n  <runtime />", "", List.of(runtime))).isEqualTo("verify-scope");
    }
}
