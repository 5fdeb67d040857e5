package io.github.aadcfg.core.internal.lint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Lint findings on the variants, and that no edit creates a finding. */
class LintTest {

    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of("duplicated-sections.config", "duplicate-section", Severity.ERROR, 47),
                Arguments.of("configsections-not-first.config", "configsections-not-first", Severity.ERROR, 12),
                Arguments.of("placeholders.config", "placeholder", Severity.ERROR, 46),
                Arguments.of("undeclared-listener.config", "undeclared-listener", Severity.ERROR, 18),
                Arguments.of("proxy-disabled-with-address.config", "proxy-disabled-with-address", Severity.WARNING, 0),
                Arguments.of("duplicate-appsetting-keys.config", "duplicate-appsetting-key", Severity.WARNING, 0),
                Arguments.of("verbose-already.config", "verbose-tracing-on", Severity.WARNING, 18));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void variantsWithAProblemReportIt(String variant, String code, Severity severity, int line) {
        List<Finding> findings = ConfigDocument.read(Testdata.ROOT.resolve("variants").resolve(variant)).lint();
        assertThat(findings).extracting(Finding::code).containsExactly(code);
        assertThat(findings.get(0).severity()).isEqualTo(severity);
        if (line > 0) {
            assertThat(findings.get(0).line()).isEqualTo(line);
        }
    }

    @Test
    void theSampleAndCleanVariantsHaveNoFindings() {
        List<String> withFindings = expectations().map(a -> (String) a.get()[0]).toList();
        for (Path file : Testdata.configs()) {
            if (!withFindings.contains(file.getFileName().toString())) {
                assertThat(ConfigDocument.read(file).lint()).as(file.toString()).isEmpty();
            }
        }
    }

    static Stream<Arguments> fieldMistakes() {
        String proxy = "<proxy proxyaddress=\"http://p:8080\" />";
        return Stream.of(
                Arguments.of("x.config", "<system.net><defaultProxy>" + proxy + "<defaultProxy enabled=\"true\" />"
                        + "</defaultProxy></system.net>", "nested-default-proxy", Severity.ERROR, "merge it into the outer one"),
                Arguments.of("x.config", "<system.net><defaultProxy>" + proxy + "<bypasslist><add address=\"*.contoso.com\" />"
                        + "</bypasslist></defaultProxy></system.net>", "bypass-not-a-regex", Severity.WARNING,
                        "write it as '.*\\.contoso\\.com$'"),
                Arguments.of("x.config", "<system.net><defaultProxy>" + proxy + "<bypasslist><add address=\"contoso.com\" />"
                        + "</bypasslist></defaultProxy></system.net>", "bypass-too-broad", Severity.WARNING,
                        "write it as 'contoso\\.com$'"),
                Arguments.of("x.config", "<system.net><defaultProxy>" + proxy + "<bypasslist><add address=\"ab*\\.contoso\\.com\" />"
                        + "</bypasslist></defaultProxy></system.net>", "bypass-too-broad", Severity.WARNING,
                        "write it as 'ab*\\.contoso\\.com$'"),
                Arguments.of("x.config", "<startup><enforceFIPSPolicy enabled=\"false\" /></startup>",
                        "fips-policy-outside-runtime", Severity.WARNING, "move it there"),
                Arguments.of("Microsoft.ECMA2Host.Service.exe.config", "<appSettings><add key=\"Debug\" value=\"True\" />"
                        + "</appSettings>", "ecma2host-debug", Severity.ERROR, "turns off the ECMA2Host's authentication"),
                Arguments.of("x.config", "<agentNotes />", "undeclared-section", Severity.ERROR,
                        "declare it in <configSections> or remove it"),
                Arguments.of("x.config", "<appSettings xmlns:xsi=\"urn:x\" />", null, null, null));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("fieldMistakes")
    void mistakesFoundInTheFieldAreReported(String name, String content, String code, Severity severity, String advice) {
        List<Finding> findings = ConfigDocument.parse(Path.of(name), ("<configuration>" + content + "</configuration>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).lint();

        if (code == null) {
            assertThat(findings).as("a namespace declared below the root is fine").isEmpty();
            return;
        }
        assertThat(findings).extracting(Finding::code).containsExactly(code);
        assertThat(findings.get(0).severity()).isEqualTo(severity);
        assertThat(findings.get(0).message()).contains(advice);
    }

    @Test
    void attributesOfTheRootAreErrorsAndTheDotNetNamespaceIsNot() {
        assertThat(ConfigDocument.parse(Path.of("x.config"), ("<configuration xmlns:xsi=\"urn:x\" a=\"1\"><appSettings />"
                + "</configuration>").getBytes()).lint()).extracting(Finding::code)
                .containsExactly("root-attribute", "root-attribute");
        assertThat(ConfigDocument.parse(Path.of("x.config"), ("<configuration xmlns=\"http://schemas.microsoft.com/"
                + ".NetConfiguration/v2.0\"><appSettings /></configuration>").getBytes()).lint()).isEmpty();
    }

    @Test
    void theEcma2HostsDebugSettingIsAnErrorOnlyInItsOwnConfig() {
        byte[] debug = "<configuration><appSettings><add key=\"Debug\" value=\"true\" /></appSettings></configuration>"
                .getBytes();
        assertThat(ConfigDocument.parse(Path.of("app.exe.config"), debug).lint()).isEmpty();
    }

    @Test
    void anInvalidProxyAddressInAFileIsAnError() {
        ConfigDocument document = ConfigDocument.parse(Path.of("x.config"), ("<configuration><system.net><defaultProxy>"
                + "<proxy proxyaddress=\"proxy.contoso.com\"/></defaultProxy></system.net></configuration>").getBytes());
        assertThat(document.lint()).extracting(Finding::code).containsExactly("invalid-proxy-address");
    }

    @Test
    void aFileWithAnotherRootIsNotADotNetConfig() {
        ConfigDocument document = ConfigDocument.read(Testdata.ROOT.resolve("bad/wrong-root.config"));
        assertThat(document.lint()).extracting(Finding::code).containsExactly("not-dotnet-config");
    }

    @Test
    void fixingTheProxyClearsThePlaceholderFinding() {
        Path file = Testdata.ROOT.resolve("variants/placeholders.config");
        Plan plan = Testdata.plan(file, Testdata.read(file),
                List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080"))), true);
        assertThat(ConfigDocument.parse(file, plan.editedBytes()).lint()).isEmpty();
        assertThat(plan.unifiedDiff()).contains("-                proxyaddress=\"http://[proxy-server]:[proxy-port]\"")
                .contains("+                proxyaddress=\"http://proxy.contoso.com:8080\"");
    }

    @Test
    void aPlaceholderSpelledWithCharacterReferencesIsFoundToo() {
        String text = "<configuration><system.net><defaultProxy><proxy proxyaddress=\"http://&#91;proxy-server&#93;:"
                + "8080\" /></defaultProxy></system.net><appSettings><add key=\"k\" value=\"&#91;proxy-port]\" />"
                + "</appSettings></configuration>";
        ConfigDocument document = ConfigDocument.parse(Path.of("a.config"), text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.lint()).extracting(Finding::code).contains("placeholder")
                .filteredOn("placeholder"::equals).hasSize(2);
    }

    @Test
    void verboseTracingOnAFileAlreadyVerboseChangesNothing() {
        Path file = Testdata.ROOT.resolve("variants/verbose-already.config");
        assertThat(Testdata.plan(file, Testdata.read(file), List.of(new EnableTracing()), false).changed())
                .isFalse();
    }

    @Test
    void theErrorsOnlyLintFindsExactlyTheErrorsOfTheFullLint() {
        for (Path file : Testdata.wellFormed()) {
            SourceDocument document;
            try {
                document = Testdata.parse(file, Testdata.read(file));
            } catch (AadcfgException notAConfig) {
                continue;
            }
            assertThat(Linter.errors(document)).as(file.toString())
                    .isEqualTo(Linter.lint(document).stream().filter(Finding::isError).toList());
        }
    }
}
