package io.github.aadcfg.core.internal.xpath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dom4j.Element;
import org.jaxen.FunctionCallException;
import org.jaxen.UnresolvableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.SourceParser;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Expressions read only the document: the core functions work, anything else is refused unevaluated. */
class SafeXPathTest {
    private static final SourceDocument SETTINGS = document("""
            <configuration xml:lang="en">
              <appSettings>
                <add key="a" value="1" />
                <add key="b" value=" 2 " />
                <add key="c" value="3.5" />
              </appSettings>
            </configuration>
            """);

    /** One row per XPath 1.0 core function: the function, an expression using it, the keys it selects. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            last             | //add[last()]                                          | c
            position         | //add[position()=2]                                    | b
            count            | //add[count(../add)=3][1]                              | a
            id               | //add[count(id('a'))=0][1]                             | a
            local-name       | //*[local-name()='add'][1]                             | a
            namespace-uri    | //add[namespace-uri()=''][1]                           | a
            name             | //*[name()='add'][2]                                   | b
            string           | //add[string(@value)='1']                              | a
            concat           | //add[concat(@key,@value)='a1']                        | a
            starts-with      | //add[starts-with(@value,'3')]                         | c
            contains         | //add[contains(@value,'.')]                            | c
            substring-before | //add[substring-before(@value,'.')='3']                | c
            substring-after  | //add[substring-after(@value,'.')='5']                 | c
            substring        | //add[substring(@key,1,1)='b']                         | b
            string-length    | //add[string-length(@value)=1]                         | a
            normalize-space  | //add[normalize-space(@value)='2']                     | b
            translate        | //add[translate(@key,'abc','ABC')='B']                 | b
            boolean          | //add[boolean(@value)][1]                              | a
            not              | //add[not(@key='a')][1]                                | b
            true             | //add[true()][1]                                       | a
            false            | //add[not(false())][1]                                 | a
            lang             | //add[lang('en')][1]                                   | a
            number           | //add[number(@value)=3.5]                              | c
            sum              | //add[sum(../add[@key!='b']/@value)=4.5][1]            | a
            floor            | //add[floor(number(@value))=3]                         | c
            ceiling          | //add[ceiling(number(@value))=4]                       | c
            round            | //add[round(number(@value))=4]                         | c
            """)
    void everyCoreFunctionWorks(String function, String expression, String key) {
        assertThat(keys(SafeXPath.compile(expression).selectNodes(SETTINGS, SETTINGS.tree()))).containsExactly(key);
    }

    @Test
    void theRowsAboveCoverAllTwentySevenCoreFunctions() {
        assertThat(new TreeSet<>(CoreFunctions.names())).hasSize(27).isEqualTo(new TreeSet<>(Set.of("last", "position",
                "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with", "contains",
                "substring-before", "substring-after", "substring", "string-length", "normalize-space", "translate",
                "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            //add[document('secret.xml')/secret='x']                     ; xpath-forbidden-function ; calls document()
            //add[@key=string(document('http://127.0.0.1:9/x')/a)]      ; xpath-forbidden-function ; calls document()
            //add | document('secret.xml')                               ; xpath-forbidden-function ; calls document()
            //add[evaluate('//add')]                                     ; xpath-forbidden-function ; calls evaluate()
            //add[ends-with(@key,'a')]                                   ; xpath-forbidden-function ; calls ends-with()
            //add[lower-case(@key)='a']                                  ; xpath-forbidden-function ; calls lower-case()
            //add[ext:read('secret.xml')]                                ; xpath-forbidden-function ; calls ext:read()
            //add[not(-count(key('k', 'v')))]                            ; xpath-forbidden-function ; calls key()
            //add[@key=$key]                                             ; xpath-variable           ; refers to the variable $key
            //add[@key=concat('a', $env:HOME)]                           ; xpath-variable           ; refers to the variable $env:HOME
            //namespace::*                                               ; xpath-unsupported        ; uses the namespace axis
            //add[count(namespace::*) > 1]                               ; xpath-unsupported        ; uses the namespace axis
            """)
    void anythingButCoreFunctionsIsRefusedWhenCompiled(String expression, String code, String named) {
        AadcfgException error = Failures.thrown(Category.INVALID_VALUE, () -> SafeXPath.compile(expression));
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.getMessage()).startsWith("the XPath '" + expression + "' " + named);
    }

    @Test
    void evaluationHasNeitherDocumentNorExtensionsNorVariables() {
        assertThatThrownBy(() -> CoreFunctions.context().getFunction(null, null, "document"))
                .isInstanceOf(UnresolvableException.class);
        assertThatThrownBy(() -> CoreFunctions.context().getFunction(null, null, "evaluate"))
                .isInstanceOf(UnresolvableException.class);
        assertThatThrownBy(() -> new CountingNavigator("document('/etc/passwd')", 10).getDocument("/etc/passwd"))
                .isInstanceOf(FunctionCallException.class).hasMessageContaining("document() is not available");
    }

    @Test
    void anExpressionThatYieldsNoNodesIsATypedError() {
        assertThat(Failures.thrown(Category.INVALID_VALUE, () -> SafeXPath.compile("count(//add)").selectNodes(SETTINGS, SETTINGS.tree())).code())
                .isEqualTo("xpath-not-nodes");
        assertThat(Failures.thrown(Category.INVALID_VALUE, () -> SafeXPath.compile("//[")).code())
                .isEqualTo("invalid-xpath");
    }

    @Test
    void aQuadraticExpressionOverALargeDocumentStopsWithinItsBudget() {
        StringBuilder text = new StringBuilder("<configuration>\n  <appSettings>\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("    <add key=\"k").append(i).append("\" value=\"v").append(i).append("\" />\n");
        }
        SourceDocument large = document(text.append("  </appSettings>\n</configuration>\n").toString());

        assertThat(keys(SafeXPath.compile("//add[@key='k19999']").selectNodes(large, large.tree())))
                .containsExactly("k19999");
        AadcfgException error = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Failures.thrown(Category.INVALID_VALUE,
                () -> SafeXPath.compile("//node()[count(//node()) > 0]").selectNodes(large, large.tree())));
        assertThat(error.code()).isEqualTo("xpath-too-costly");
        assertThat(error.getMessage()).startsWith("the XPath '//node()[count(//node()) > 0]' was stopped after "
                + SafeXPath.MINIMUM_STEPS + " steps");
    }

    private static List<String> keys(List<org.dom4j.Node> nodes) {
        return nodes.stream().map(node -> ((Element) node).attributeValue("key")).toList();
    }

    private static SourceDocument document(String text) {
        Path file = Path.of("t.config");
        return SourceParser.parse(SourceDecoder.decode(file, text.getBytes(StandardCharsets.UTF_8)));
    }
}
