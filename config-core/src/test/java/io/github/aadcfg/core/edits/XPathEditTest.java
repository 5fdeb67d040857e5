package io.github.aadcfg.core.edits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.edits.XPathEdit;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Generic XPath edits through the planner, asserting the exact result. */
class XPathEditTest {
    private static final String SOURCE = """
            <configuration>
              <appSettings>
                <add key="a" value="1" />
                <add key="b" value="2" />
              </appSettings>
            </configuration>
            """;

    @Test
    void setAttributeOnEverySelectedElement() {
        assertThat(apply(XPathEdit.setAttribute("//add", "value", "x"))).isEqualTo(SOURCE.replace("\"1\"", "\"x\"")
                .replace("\"2\"", "\"x\""));
    }

    @Test
    void removeAttribute() {
        assertThat(apply(XPathEdit.removeAttribute("//add[@key='a']", "value")))
                .isEqualTo(SOURCE.replace("<add key=\"a\" value=\"1\" />", "<add key=\"a\" />"));
    }

    @Test
    void insertInEveryPosition() {
        assertThat(apply(XPathEdit.insert("/configuration/appSettings", XPathEdit.Position.LAST_CHILD, "<add key=\"c\"/>")))
                .isEqualTo(SOURCE.replace("    <add key=\"b\" value=\"2\" />\n",
                        "    <add key=\"b\" value=\"2\" />\n    <add key=\"c\"/>\n"));
        assertThat(apply(XPathEdit.insert("//add[@key='b']", XPathEdit.Position.BEFORE, "<clear/>")))
                .isEqualTo(SOURCE.replace("    <add key=\"b\"", "    <clear/>\n    <add key=\"b\""));
        assertThat(apply(XPathEdit.insert("/configuration", XPathEdit.Position.FIRST_CHILD, "<startup/>")))
                .isEqualTo(SOURCE.replace("  <appSettings>", "  <startup/>\n  <appSettings>"));
    }

    @Test
    void replaceAndRemove() {
        assertThat(apply(XPathEdit.replace("//add[@key='a']", "<remove key=\"a\"/>")))
                .isEqualTo(SOURCE.replace("<add key=\"a\" value=\"1\" />", "<remove key=\"a\"/>"));
        assertThat(apply(XPathEdit.remove("//add"))).isEqualTo("""
                <configuration>
                  <appSettings>
                  </appSettings>
                </configuration>
                """);
    }

    @Test
    void selectingNothingChangesNothing() {
        assertThat(apply(XPathEdit.remove("//nothing"))).isEqualTo(SOURCE);
    }

    @Test
    void badExpressionsAndTargetsAreTypedErrors() {
        assertThat(Failures.thrown(Category.INVALID_VALUE, () -> XPathEdit.remove("//[")).code())
                .isEqualTo("invalid-xpath");
        assertThat(Failures.thrown(Category.INVALID_VALUE, () -> apply(XPathEdit.remove("//add/@key"))).code())
                .isEqualTo("xpath-not-node");
        assertThat(Failures.thrown(Category.INVALID_VALUE, () -> apply(XPathEdit.remove("/configuration")))
                .code()).isEqualTo("xpath-root");
        assertThat(Failures.thrown(Category.INVALID_VALUE, () -> apply(XPathEdit.remove("//*[local-name()!='configuration']"))).code()).isEqualTo("overlapping-targets");
    }

    @Test
    void expressionsReachingBeyondTheDocumentAreRefusedWhenTheEditIsCreated() {
        AadcfgException error = Failures.thrown(Category.INVALID_VALUE, () -> XPathEdit.remove("//add[@key=document('http://127.0.0.1:9/x')/key]"));
        assertThat(error.code()).isEqualTo("xpath-forbidden-function");
        assertThat(error.getMessage()).contains("calls document(), which is not allowed");
        assertThat(Failures.thrown(Category.INVALID_VALUE, () -> XPathEdit.setAttribute("//add[@key=$k]", "value", "x")).code()).isEqualTo("xpath-variable");
    }

    private static String apply(ConfigEdit edit) {
        byte[] edited = Testdata.plan(Path.of("x.config"), SOURCE.getBytes(StandardCharsets.UTF_8), List.of(edit), false)
                .editedBytes();
        return new String(edited, StandardCharsets.UTF_8);
    }
}
