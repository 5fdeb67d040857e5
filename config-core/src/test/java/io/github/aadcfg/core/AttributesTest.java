package io.github.aadcfg.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.dom4j.Attribute;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.SourceParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attributes, whether kept as objects or read from the start tag on request, are what the JDK's own
 * parser reports: for every file of the testdata and corpus, and for hand-made awkward start tags.
 */
class AttributesTest {
    static Stream<Path> wellFormed() {
        return Testdata.wellFormed().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void everyAttributeIsWhatTheJdkParserReads(Path file) throws Exception {
        byte[] bytes = Testdata.read(file);
        assertSameAttributes(SourceParser.parse(SourceDecoder.decode(file, bytes)).root(), jdkParse(bytes));
    }

    @Test
    void awkwardStartTagsReadTheSameAsTheJdkParser() throws Exception {
        String xml = "<configuration xmlns:x='urn:x'>\n"
                + "  <a key=\"k\" value='v'/>\n"
                + "  <a  key = \"spaced\"\n\tvalue\n=\n'around' />\n"
                + "  <a key=\"a &amp; b\" value=\"&lt;&#65;&#x42;&gt;\"/>\n"
                + "  <a key=\"tab\there\" value=\"line\nbreak\r\nand\rcr\"/>\n"
                + "  <a key=\"&#10;kept&#9;\" value=\"quote ' inside\" other='double \" inside'/>\n"
                + "  <a key=\"gt > and / inside\" value=\"\"/>\n"
                + "  <a x:key=\"prefixed\" key=\"plain\"/>\n"
                + "  <b xmlns=\"urn:b\" key=\"in a default namespace\"><c key=\"child\"/></b>\n"
                + "  <a key=\"unicode \u00e9\u4e2d\ud83d\ude00\"></a>\n"
                + "</configuration>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        Element root = SourceParser.parse(SourceDecoder.decode(Path.of("a.config"), bytes)).root();
        assertSameAttributes(root, jdkParse(bytes));
        Element first = root.elements().get(0);
        assertThat(first.attributeValue("key")).isEqualTo("k");
        assertThat(first.attribute(QName.get("value"))).isEqualTo(first.attribute("value"));
        assertThat(first.attribute("missing")).isNull();
        assertThat(first.attributeCount()).isEqualTo(2);
        assertThat(first.attribute(1).getParent()).isSameAs(first);
        // both ways of holding attributes are covered: read from the tag, or kept (a prefix, a reference)
        assertThat(first.attribute("key").getClass().getSimpleName()).isEqualTo("SourceAttribute");
        assertThat(root.elements().get(2).attribute("key").getClass().getSimpleName()).isEqualTo("DefaultAttribute");
        assertThat(root.elements().get(6).attribute("key").getClass().getSimpleName()).isEqualTo("DefaultAttribute");
    }

    @Test
    void attributesOfAParsedFileAreReadOnly() {
        SourceDocument document = SourceParser.parse(SourceDecoder.decode(Path.of("a.config"),
                "<configuration><a key=\"k\"/></configuration>".getBytes(StandardCharsets.UTF_8)));
        Element a = document.root().element("a");
        assertThatThrownBy(() -> a.attribute("key").setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.addAttribute("other", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(a.attributeValue("key")).isEqualTo("k");
        Element copy = a.createCopy();
        Element clone = (Element) a.clone();
        copy.addAttribute("other", "x"); // copies are ordinary elements
        assertThat(copy.attributeValue("key")).isEqualTo("k");
        assertThat(clone.attributeValue("key")).isEqualTo("k");
        assertThat(clone.getParent()).isNull();
        assertThat(a.attributeCount()).isEqualTo(1);
    }

    @Test
    void xpathSeesAttributesReadFromTheSource() {
        SourceDocument document = SourceParser.parse(SourceDecoder.decode(Path.of("a.config"),
                ("<configuration><appSettings><add key=\"a\" value=\"1\"/><add key=\"b\" value=\"2\"/>"
                        + "</appSettings></configuration>").getBytes(StandardCharsets.UTF_8)));
        assertThat(DocumentHelper.createXPath("//add[@key='b']/@value").selectNodes(document.tree()))
                .extracting(n -> n.getText()).containsExactly("2");
        assertThat(DocumentHelper.createXPath("//add/@key | //add/@key | //add/@value").selectNodes(document.tree()))
                .extracting(n -> n.getText()).containsExactly("a", "1", "b", "2");
        assertThat(DocumentHelper.createXPath("count(//@*)").numberValueOf(document.tree()).intValue()).isEqualTo(4);
    }

    private static org.w3c.dom.Element jdkParse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    }

    private static void assertSameAttributes(Element ours, org.w3c.dom.Element jdk) {
        String where = ours.getPath();
        TreeMap<String, String> expected = new TreeMap<>();
        NamedNodeMap attributes = jdk.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            org.w3c.dom.Node attribute = attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                expected.put("{" + nullToEmpty(attribute.getNamespaceURI()) + "}" + attribute.getLocalName(),
                        attribute.getNodeValue());
            }
        }
        TreeMap<String, String> actual = new TreeMap<>();
        for (Attribute attribute : ours.attributes()) {
            actual.put("{" + attribute.getNamespaceURI() + "}" + attribute.getName(), attribute.getValue());
            assertThat(ours.attribute(attribute.getQName())).as("lookup of %s at %s", attribute.getName(), where)
                    .isNotNull();
        }
        assertThat(actual).as("attributes of %s", where).isEqualTo(expected);
        assertThat(ours.attributeCount()).as("attribute count of %s", where).isEqualTo(expected.size());
        List<org.w3c.dom.Element> children = new ArrayList<>();
        NodeList nodes = jdk.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element child) {
                children.add(child);
            }
        }
        List<Element> ourChildren = ours.elements();
        assertThat(ourChildren).as("children of %s", where).hasSameSizeAs(children);
        for (int i = 0; i < children.size(); i++) {
            assertSameAttributes(ourChildren.get(i), children.get(i));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
