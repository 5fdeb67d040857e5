package io.github.aadcfg.core.xdt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.agent.RemoveProxy;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.xdt.XdtTransform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The seed's edits as XDT, and the transform file errors Microsoft's engine also reports. */
class XdtTransformTest {
    private static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();
    private static final Path SAMPLE = TESTDATA.resolve("agent/AADConnectProvisioningAgent.exe.config");
    private static final String XDT = "xmlns:xdt=\"http://schemas.microsoft.com/XML-Document-Transform\"";

    @TempDir
    Path dir;

    @Test
    void theSeedsEditsThroughXdtGiveTheSameBytesAsTheTypedEdits() throws IOException {
        XdtTransform proxy = XdtTransform.read(TESTDATA.resolve("xdt/seed/proxy.xdt.config"));
        XdtTransform diagnostics = XdtTransform.read(TESTDATA.resolve("xdt/seed/diagnostics.xdt.config"));
        byte[] sample = Files.readAllBytes(SAMPLE);
        assertThat(Testdata.plan(SAMPLE, sample, List.of(proxy), false).editedBytes())
                .isEqualTo(Files.readAllBytes(TESTDATA.resolve("expected/agent.proxy-set.config")));
        assertThat(Testdata.plan(SAMPLE, sample, List.of(diagnostics), false).editedBytes())
                .isEqualTo(Files.readAllBytes(TESTDATA.resolve("expected/agent.tracing-enable.config")));
        assertThat(Testdata.plan(SAMPLE, sample, List.of(proxy, diagnostics), false).editedBytes())
                .isEqualTo(Files.readAllBytes(TESTDATA.resolve("expected/agent.proxy-and-tracing.config")));
    }

    @Test
    void unknownTransform() {
        AadcfgException error = transformError("""
                <configuration %s>
                  <appSettings xdt:Transform="Upsert" />
                </configuration>
                """);
        assertThat(error.code()).isEqualTo("unknown-transform");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).as("the column of the xdt:Transform attribute").isEqualTo(16);
        assertThat(error.getMessage()).contains("t.config:2:16: unknown transform 'Upsert'");
    }

    @Test
    void everyInvalidTransformAndLocatorIsReportedInOneRunAtItsAttribute() {
        AadcfgException error = transformError("""
                <configuration %s>
                  <appSettings xdt:Transform="Upsert" />
                  <runtime>
                    <add key="a" xdt:Locator="Near(key)" />
                    <add xdt:Transform="RemoveAttributes" />
                  </runtime>
                </configuration>
                """);

        assertThat(error.code()).isEqualTo("unknown-transform");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.reason()).isEqualTo("unknown transform 'Upsert'; expected one of Replace, Insert, "
                + "InsertIfMissing, InsertBefore, InsertAfter, Remove, RemoveAll, RemoveAttributes, SetAttributes, "
                + "CommentOut; and 2 more errors: 4:18: unknown locator 'Near'; expected Match, Condition or XPath "
                + "(unknown-locator); 5:10: RemoveAttributes requires at least one attribute name argument "
                + "(missing-argument)");
    }

    @Test
    void anImportOfTransformsFromAnAssemblyIsRefusedAndNothingIsLoaded() {
        AadcfgException error = transformError("""
                <configuration %s>
                  <xdt:Import assembly="Evil.Transforms" namespace="Evil" />
                  <appSettings xdt:Transform="Evil" />
                </configuration>
                """);

        assertThat(error.code()).isEqualTo("xdt-import-refused");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.reason()).startsWith("xdt:Import would load transforms from an assembly; aadcfg runs only "
                + "the built-in transforms and loads nothing").contains("and 1 more error: 3:16: unknown transform 'Evil'");
    }

    @Test
    void unknownLocator() {
        assertThat(transformError("""
                <configuration %s>
                  <appSettings xdt:Locator="Near(key)" xdt:Transform="Remove" />
                </configuration>
                """).code()).isEqualTo("unknown-locator");
    }

    @Test
    void insertBeforeNeedsExactlyOneXPath() {
        assertThat(transformError("""
                <configuration %s>
                  <startup xdt:Transform="InsertBefore" />
                </configuration>
                """).code()).isEqualTo("missing-argument");
        assertThat(transformError("""
                <configuration %s>
                  <startup xdt:Transform="InsertBefore(/configuration/a, /configuration/b)" />
                </configuration>
                """).code()).isEqualTo("too-many-arguments");
    }

    @Test
    void badXPathIsReportedWhenTheTransformIsRead() {
        assertThat(transformError("""
                <configuration %s>
                  <appSettings xdt:Locator="Condition(@key=='x')" xdt:Transform="Remove" />
                </configuration>
                """).code()).isEqualTo("bad-xpath");
    }

    @Test
    void anExpressionReachingBeyondTheDocumentIsRefusedAtItsAttribute() {
        AadcfgException condition = transformError("""
                <configuration %s>
                  <appSettings>
                    <add key="a" xdt:Locator="Condition(document('file:///etc/passwd')/x)" xdt:Transform="Remove" />
                  </appSettings>
                </configuration>
                """);
        assertThat(condition.code()).isEqualTo("xpath-forbidden-function");
        assertThat(condition.getMessage()).contains("t.config:3:18: the XPath '/configuration/appSettings/add["
                + "document('file:///etc/passwd')/x]' calls document(), which is not allowed");
        AadcfgException argument = transformError("""
                <configuration %s>
                  <startup xdt:Transform="InsertBefore(/configuration/*[evaluate('x')])" />
                </configuration>
                """);
        assertThat(argument.code()).isEqualTo("xpath-forbidden-function");
        assertThat(argument.getMessage()).contains("t.config:2:12: the XPath '/configuration/*[evaluate('x')]' calls "
                + "evaluate()");
        AadcfgException variable = transformError("""
                <configuration %s>
                  <appSettings
                      xdt:Locator="XPath(//appSettings[@file=$file])">
                    <add key="a" xdt:Transform="Remove" />
                  </appSettings>
                </configuration>
                """);
        assertThat(variable.code()).isEqualTo("xpath-variable");
        assertThat(variable.getMessage()).contains("t.config:3:7: the XPath '//appSettings[@file=$file]' refers to "
                + "the variable $file");
    }

    @Test
    void anExpressionOverItsBudgetStopsWithATypedError() throws IOException {
        assertApplyError("""
                <configuration %s>
                  <appSettings xdt:Locator="XPath(//*[count(//node()[count(//node()) > 0]) > 0])" xdt:Transform="Remove" />
                </configuration>
                """, "xpath-too-costly");
    }

    @Test
    void matchNeedsTheAttributeOnTheTransformElement() {
        assertThat(transformError("""
                <configuration %s>
                  <appSettings><add xdt:Locator="Match(key)" xdt:Transform="Remove" /></appSettings>
                </configuration>
                """).code()).isEqualTo("match-attribute-missing");
    }

    @Test
    void aMalformedTransformFileIsAnXmlError() throws IOException {
        Path transform = Files.writeString(dir.resolve("t.config"), "<configuration>\n  <appSettings>\n</configuration>\n");
        AadcfgException error = Failures.thrown(Category.BAD_DATA, () -> XdtTransform.read(transform));
        assertThat(error.file()).isEqualTo(transform);
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void aTransformAppliesToAnyXmlDocumentAsMicrosoftsEngineDoes() throws IOException {
        Path file = Files.writeString(dir.resolve("web.xml"), "<root>\n  <a x=\"1\" />\n</root>\n");
        XdtTransform transform = XdtTransform.read(write("""
                <root %s>
                  <a x="2" xdt:Transform="SetAttributes(x)" />
                </root>
                """));

        CommitResult result = ConfigEditor.builder().build().apply(file, List.of(transform));

        assertThat(result.status()).isEqualTo(Status.CHANGED);
        assertThat(Files.readString(file)).isEqualTo("<root>\n  <a x=\"2\" />\n</root>\n");
        assertThat(result.plan().findings()).as("the .NET lint applies to .NET configs only").isEmpty();
        assertThat(Failures.thrown(Category.BAD_DATA, () -> ConfigEditor.builder().build()
                .apply(file, List.of(new RemoveProxy()))).code()).isEqualTo("not-dotnet-config");
    }

    @Test
    void aTransformThatWouldIntroduceALintErrorIsBadDataAndForceAppliesIt() throws IOException {
        Path file = Files.copy(SAMPLE, dir.resolve("agent.config"));
        byte[] before = Files.readAllBytes(file);
        XdtTransform secondRuntime = XdtTransform.read(write("""
                <configuration %s>
                  <runtime xdt:Transform="Insert" />
                </configuration>
                """));

        AadcfgException error = Failures.thrown(Category.BAD_DATA,
                () -> ConfigEditor.builder().build().apply(file, List.of(secondRuntime)));
        assertThat(error.code()).isEqualTo("verify-lint");
        assertThat(error.reason()).contains("<runtime> appears again").endsWith("Force the edit to apply it anyway");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        CommitResult forced = ConfigEditor.builder().force(true).build().apply(file, List.of(secondRuntime));
        assertThat(forced.status()).isEqualTo(Status.CHANGED);
    }

    @Test
    void errorsWhileApplyingLeaveTheTargetUntouched() throws IOException {
        assertApplyError("""
                <configuration %s>
                  <appSettings>
                    <add xdt:Transform="Remove" xdt:Locator="XPath(/configuration/appSettings/add/@key)" />
                  </appSettings>
                </configuration>
                """, "xpath-not-element");
        assertApplyError("""
                <configuration %s>
                  <nothing><add xdt:Transform="Insert" /></nothing>
                </configuration>
                """, "insert-no-parent");
        assertApplyError("""
                <configuration %s>
                  <startup xdt:Transform="InsertAfter(/configuration/nothing)" />
                </configuration>
                """, "insert-no-sibling");
    }

    @Test
    void transformAttributesAndTheNamespaceNeverReachTheOutput() throws IOException {
        Path file = Files.copy(SAMPLE, dir.resolve("agent.config"));
        Path transform = Files.writeString(dir.resolve("t.config"), """
                <?xml version="1.0"?>
                <configuration xmlns:x="http://schemas.microsoft.com/XML-Document-Transform">
                  <appSettings>
                    <add key="A" value="1" x:Transform="Insert" />
                  </appSettings>
                  <system.net x:Transform="Insert">
                    <settings x:Locator="Match(nothing)" />
                  </system.net>
                </configuration>
                """);
        ConfigEditor.builder().build().apply(file, List.of(XdtTransform.read(transform)));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("x:").doesNotContain("XML-Document-Transform").contains("<add key=\"A\" value=\"1\" />")
                .contains("<settings />");
    }

    private AadcfgException transformError(String template) {
        return Failures.thrown(Category.BAD_DATA, () -> XdtTransform.read(write(template)));
    }

    private void assertApplyError(String template, String code) throws IOException {
        Path file = Files.copy(SAMPLE, dir.resolve("target.config"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        XdtTransform transform = XdtTransform.read(write(template));
        Map<String, byte[]> before = Map.of("target", Files.readAllBytes(file));
        AadcfgException error = Failures.thrown(Category.BAD_DATA, () -> ConfigEditor.builder().build().apply(file, List.of(transform)));
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.line()).isPositive();
        assertThat(Files.readAllBytes(file)).isEqualTo(before.get("target"));
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("t.config", "target.config");
        }
    }

    private Path write(String template) throws IOException {
        return Files.writeString(dir.resolve("t.config"), template.formatted(XDT));
    }
}
