package io.github.aadcfg.core.read;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;
import org.dom4j.Branch;
import org.dom4j.Document;
import org.dom4j.DocumentFactory;
import org.dom4j.Element;
import org.dom4j.Namespace;
import org.dom4j.Node;
import org.dom4j.QName;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;

import io.github.aadcfg.core.InvalidXmlException;
import io.github.aadcfg.core.locate.NodeSpan;

/**
 * Parses {@link SourceText} with Woodstox into a dom4j tree plus exact source spans.
 *
 * <p>Hostile input is refused before it can do harm: any DOCTYPE is rejected (so no entity is ever
 * expanded and no external resource is ever opened), and nesting depth, attribute size and the number of
 * nodes are bounded.
 */
public final class SourceParser {
    /** Deepest element nesting accepted; real config files stay far below. */
    public static final int MAX_DEPTH = 500;
    /** Largest attribute value accepted, in characters. */
    public static final int MAX_ATTRIBUTE_SIZE = 4 * 1024 * 1024;
    /**
     * Heap that planning needs per node of the file (element, attribute, comment, processing instruction or
     * CDATA section; text lies between them): this tree with its spans, the edited copy, the verifier's two
     * DOM documents and XMLUnit's bookkeeping. Measured: 1.2 to 1.7 KiB at the smallest heap that works;
     * twice that and more keeps garbage collection from taking over.
     */
    static final int HEAP_PER_NODE = 4096;
    /**
     * Most nodes accepted in one file: as many as planning can hold in this JVM's maximum heap, so that a
     * file too large for it is refused up front instead of failing with an {@link OutOfMemoryError} after
     * minutes of garbage collection. 65,536 with {@code -Xmx256m}; real config files have hundreds.
     */
    public static final int MAX_NODES = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory()
            / HEAP_PER_NODE);

    private static final XMLInputFactory FACTORY = createFactory();
    private static final DocumentFactory NODES = DocumentFactory.getInstance();

    private SourceParser() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never loaded: " + systemId);
        });
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_SIZE);
        return factory;
    }

    /**
     * Parses a decoded file.
     *
     * @throws InvalidXmlException when the text is not well-formed XML or carries a DTD
     */
    public static SourceDocument parse(SourceText source) {
        try {
            return new Builder(source).build();
        } catch (WstxLazyException e) {
            throw malformed(source, e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e));
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        }
    }

    private static InvalidXmlException malformed(SourceText source, XMLStreamException e) {
        Location at = e.getLocation();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // Woodstox appends the location to its message; the exception carries it separately.
        int location = reason.indexOf("\n at [row,col");
        if (location >= 0) {
            reason = reason.substring(0, location);
        }
        return new InvalidXmlException("malformed-xml", source.file(),
                at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                "not well-formed XML: " + sentence(reason) + " Fix the file by hand or restore a backup", e);
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    /** One parse: walks the event stream and builds the tree and the span map. */
    private static final class Builder {
        private final SourceText source;
        private final String text;
        private final Map<Node, NodeSpan> spans = new IdentityHashMap<>();
        private final Deque<Branch> open = new ArrayDeque<>();
        private final Deque<int[]> startTags = new ArrayDeque<>();
        private final Document document = NODES.createDocument();
        private StringBuilder pendingText;
        private int pendingStart;
        private int pendingEnd;
        private int nodes;

        Builder(SourceText source) {
            this.source = source;
            this.text = source.text();
        }

        SourceDocument build() throws XMLStreamException {
            XMLStreamReader2 reader = (XMLStreamReader2) FACTORY.createXMLStreamReader(new StringReader(text));
            try {
                open.push(document);
                while (reader.hasNext()) {
                    int event = reader.next();
                    LocationInfo where = reader.getLocationInfo();
                    int start = (int) where.getStartingCharOffset();
                    if (event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.SPACE) {
                        flushText();
                    }
                    switch (event) {
                        case XMLStreamConstants.DTD -> throw new InvalidXmlException("dtd-forbidden", source.file(),
                                source.lineOf(start), source.columnOf(start),
                                "the file declares a DOCTYPE; .NET config files never need one and aadcfg "
                                        + "refuses them so that no entity is expanded and no external file or "
                                        + "URL is opened. Remove the <!DOCTYPE ...> declaration", null);
                        case XMLStreamConstants.START_ELEMENT -> startElement(reader, start);
                        case XMLStreamConstants.END_ELEMENT -> endElement(reader, start);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> addText(reader, start);
                        case XMLStreamConstants.CDATA -> addCounted(NODES.createCDATA(reader.getText()), start,
                                (int) where.getEndingCharOffset());
                        case XMLStreamConstants.COMMENT -> addCounted(NODES.createComment(reader.getText()), start,
                                (int) where.getEndingCharOffset());
                        case XMLStreamConstants.PROCESSING_INSTRUCTION -> addCounted(
                                NODES.createProcessingInstruction(reader.getPITarget(), reader.getPIData()),
                                start, (int) where.getEndingCharOffset());
                        default -> {
                            // ENTITY_REFERENCE cannot occur without a DTD; END_DOCUMENT ends the loop.
                        }
                    }
                }
            } finally {
                reader.close();
            }
            if (document.getRootElement() == null) {
                throw new InvalidXmlException("malformed-xml", source.file(), 0, 0,
                        "no root element; expected an XML document with root <configuration>", null);
            }
            return new SourceDocument(source, document, spans);
        }

        /** Counts {@code weight} more nodes towards {@link #MAX_NODES}. */
        private void count(int weight, int start) {
            nodes += weight;
            if (nodes > MAX_NODES) {
                throw new InvalidXmlException("too-many-nodes", source.file(), source.lineOf(start),
                        source.columnOf(start), "the file has more than " + MAX_NODES + " elements, attributes, "
                                + "comments and other nodes, more than editing can hold in this JVM's memory "
                                + "(about " + HEAP_PER_NODE + " bytes each); config files have hundreds. Give "
                                + "Java more memory (-Xmx) if the file really is that large", null);
            }
        }

        private void startElement(XMLStreamReader2 reader, int start) {
            count(1 + reader.getAttributeCount() + reader.getNamespaceCount(), start);
            QName name = NODES.createQName(reader.getLocalName(),
                    Namespace.get(nullToEmpty(reader.getPrefix()), nullToEmpty(reader.getNamespaceURI())));
            Element element = NODES.createElement(name);
            for (int i = 0; i < reader.getNamespaceCount(); i++) {
                element.addNamespace(nullToEmpty(reader.getNamespacePrefix(i)),
                        nullToEmpty(reader.getNamespaceURI(i)));
            }
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                QName attribute = NODES.createQName(reader.getAttributeLocalName(i),
                        Namespace.get(nullToEmpty(reader.getAttributePrefix(i)),
                                nullToEmpty(reader.getAttributeNamespace(i))));
                element.addAttribute(attribute, reader.getAttributeValue(i));
            }
            open.peek().add(element);
            open.push(element);
            int startTagEnd = TagScanner.endOfTag(text, start);
            startTags.push(new int[] {start, startTagEnd});
        }

        private void endElement(XMLStreamReader2 reader, int start) {
            Element element = (Element) open.pop();
            int[] startTag = startTags.pop();
            if (start == startTag[0]) {
                spans.put(element, NodeSpan.selfClosing(startTag[0], startTag[1]));
            } else {
                int end = TagScanner.endOfTag(text, start);
                spans.put(element, NodeSpan.element(startTag[0], startTag[1], start, end));
            }
        }

        private void addText(XMLStreamReader2 reader, int start) throws XMLStreamException {
            int end = (int) reader.getLocationInfo().getEndingCharOffset();
            if (open.size() == 1) {
                return; // whitespace outside the root element is not part of the tree
            }
            if (pendingText == null) {
                pendingText = new StringBuilder();
                pendingStart = start;
            }
            pendingText.append(reader.getText());
            pendingEnd = end;
        }

        private void flushText() {
            if (pendingText != null) {
                StringBuilder value = pendingText;
                pendingText = null;
                add(NODES.createText(value.toString()), pendingStart, pendingEnd);
            }
        }

        private void addCounted(Node node, int start, int end) {
            count(1, start);
            add(node, start, end);
        }

        private void add(Node node, int start, int end) {
            open.peek().add(node);
            spans.put(node, NodeSpan.of(start, end));
        }

        private static String nullToEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}
