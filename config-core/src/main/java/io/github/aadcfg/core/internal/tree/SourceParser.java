package io.github.aadcfg.core.internal.tree;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;
import org.dom4j.Branch;
import org.dom4j.Document;
import org.dom4j.DocumentFactory;
import org.dom4j.Namespace;
import org.dom4j.Node;
import org.dom4j.QName;
import org.dom4j.tree.DefaultAttribute;

import io.github.aadcfg.core.internal.text.SourceText;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

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
     * Heap that planning needs per node of the file (an element, a kept attribute or namespace declaration,
     * a comment, processing instruction or CDATA section), with the text between nodes: the tree with its
     * spans, which planning holds once (edits update it in place). Measured: about 98 bytes per element of
     * a large appSettings (element, its indentation, list slots), whose attributes are read from the text.
     */
    static final int HEAP_PER_NODE = 96;
    /**
     * Heap that planning needs per character of the file besides the tree: its bytes, its text, the edited
     * text, and the copy made while building that or the edited bytes, for text of Latin-1 characters, which
     * Java stores in one byte each.
     */
    static final int HEAP_PER_CHARACTER = 4;
    /** The same for text with a character beyond Latin-1, which Java stores in two bytes per character. */
    static final int HEAP_PER_WIDE_CHARACTER = 7;

    private static final XMLInputFactory FACTORY = createFactory();
    /**
     * Qualified names seen so far, shared by all parses (dom4j's own cache is synchronized). Bounded, so that
     * files full of made-up names cannot grow it without limit.
     */
    private static final Map<String, QName> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_SHARED_NAMES = 4096;
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
     * @throws AadcfgException when the text is not well-formed XML or carries a DTD
     */
    public static SourceDocument parse(SourceText source) {
        Document document = NODES.createDocument();
        CurrentText current = new CurrentText(source.text());
        int nodes = read(source, source.text(), current, document, 0, 0, nodeBudget(source));
        if (document.getRootElement() == null) {
            throw new AadcfgException(Category.BAD_DATA, "malformed-xml", source.file(), 0, 0,
                    "no root element; expected an XML document with root <configuration>", null);
        }
        return new SourceDocument(source, document, nodes, current);
    }

    /**
     * Most nodes (as counted for {@link #HEAP_PER_NODE}) that planning can hold, besides the text, in this
     * JVM's maximum heap: a file too large for it is refused up front instead of failing with an
     * {@link OutOfMemoryError} after minutes of garbage collection. About 2.5 million for a 4 MB file with
     * {@code -Xmx256m}; real config files have hundreds.
     */
    static int nodeBudget(SourceText source) {
        String text = source.text();
        int perCharacter = source.isAscii() || isLatin1(text) ? HEAP_PER_CHARACTER : HEAP_PER_WIDE_CHARACTER;
        long heap = Runtime.getRuntime().maxMemory() - (long) perCharacter * text.length();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, heap / HEAP_PER_NODE));
    }

    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * The shared name of an attribute without prefix or namespace that an earlier parse accepted (see
     * {@link SpannedElement}).
     */
    static QName sharedName(String localName) {
        QName name = NAMES.get(localName);
        return name != null ? name : NODES.createQName(localName);
    }

    static AadcfgException malformed(SourceText source, XMLStreamException e) {
        Location at = e.getLocation();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // Woodstox appends the location to its message; the exception carries it separately.
        int location = reason.indexOf("\n at [row,col");
        if (location >= 0) {
            reason = reason.substring(0, location);
        }
        return new AadcfgException(Category.BAD_DATA, "malformed-xml", source.file(),
                at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                "not well-formed XML: " + sentence(reason) + " Fix the file by hand or restore a backup", e);
    }

    /**
     * Refuses the characters outside XML 1.0's {@code Char} that Woodstox lets through when written as
     * themselves: U+FFFE, U+FFFF and lone surrogates (it refuses control characters, and references to any
     * of these, itself). Reported like other malformed XML, with the line and column in {@code input}.
     */
    private static void refuseNonCharacters(SourceText source, String input) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c >= Character.MIN_SURROGATE && (c >= 0xFFFE || isLoneSurrogate(input, i))) {
                throw new AadcfgException(Category.BAD_DATA, "malformed-xml", source.file(), line, i - lineStart + 1,
                        "not well-formed XML: the character " + String.format(Locale.ROOT, "U+%04X",
                                (int) c) + " is not allowed in XML 1.0. Fix the file by hand or restore a backup",
                        null);
            } else if (Character.isHighSurrogate(c)) {
                i++; // the pair's low half, checked by isLoneSurrogate
            }
        }
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    /**
     * Parses {@code input} and attaches its nodes to {@code container}. Offsets in {@code input} map to the
     * document's text ({@code current}, whose start tags elements may read their attributes from) by adding
     * {@code offset}; {@code depth} and {@code nodeBudget} are what the enclosing document leaves of
     * {@link #MAX_DEPTH} and of the {@link #nodeBudget node budget}.
     *
     * @return the number of nodes read
     */
    static int read(SourceText source, String input, CurrentText current, Branch container, int offset, int depth,
            int nodeBudget) {
        if (!source.isAscii()) {
            refuseNonCharacters(source, input);
        }
        try {
            return new Builder(source, input, current, container, offset, depth, nodeBudget).build();
        } catch (WstxLazyException e) {
            throw malformed(source, e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e));
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        }
    }

    /** One parse: walks the event stream and builds the tree with its spans. */
    private static final class Builder {
        private final SourceText source;
        private final String input;
        private final CurrentText current;
        private final int offset;
        private final int depthLimit;
        private final int nodeBudget;
        private final Deque<Branch> open = new ArrayDeque<>();
        private final Map<String, String> blanks = new HashMap<>();
        /** Text read since the last markup: one piece, or several collected in {@link #pendingPieces}. */
        private String pendingText;
        private StringBuilder pendingPieces;
        private int pendingStart;
        private int pendingEnd;
        private int nodes;

        Builder(SourceText source, String input, CurrentText current, Branch container, int offset, int depth,
                int nodeBudget) {
            this.source = source;
            this.input = input;
            this.current = current;
            this.offset = offset;
            this.depthLimit = MAX_DEPTH - depth;
            this.nodeBudget = nodeBudget;
            open.push(container);
        }

        int build() throws XMLStreamException {
            XMLStreamReader2 reader = (XMLStreamReader2) FACTORY.createXMLStreamReader(new StringReader(input));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    LocationInfo where = reader.getLocationInfo();
                    int start = (int) where.getStartingCharOffset();
                    if (event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.SPACE) {
                        flushText();
                    }
                    switch (event) {
                        case XMLStreamConstants.DTD -> throw new AadcfgException(Category.BAD_DATA, "dtd-forbidden", source.file(),
                                lineOf(start), columnOf(start),
                                "the file declares a DOCTYPE; .NET config files never need one and aadcfg "
                                        + "refuses them so that no entity is expanded and no external file or "
                                        + "URL is opened. Remove the <!DOCTYPE ...> declaration", null);
                        case XMLStreamConstants.START_ELEMENT -> startElement(reader, start);
                        case XMLStreamConstants.END_ELEMENT -> endElement(reader, start);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> addText(reader, start);
                        case XMLStreamConstants.CDATA -> add(new SpannedCdata(reader.getText(), offset + start,
                                offset + (int) where.getEndingCharOffset()), start);
                        case XMLStreamConstants.COMMENT -> add(new SpannedComment(reader.getText(), offset + start,
                                offset + (int) where.getEndingCharOffset()), start);
                        case XMLStreamConstants.PROCESSING_INSTRUCTION -> add(new SpannedInstruction(
                                reader.getPITarget(), reader.getPIData(), offset + start,
                                offset + (int) where.getEndingCharOffset()), start);
                        default -> {
                            // ENTITY_REFERENCE cannot occur without a DTD; END_DOCUMENT ends the loop.
                        }
                    }
                }
            } finally {
                reader.close();
            }
            return nodes;
        }

        private int lineOf(int inputOffset) {
            return source.lineOf(Math.max(0, offset + inputOffset));
        }

        private int columnOf(int inputOffset) {
            return source.columnOf(Math.max(0, offset + inputOffset));
        }

        /** Counts {@code weight} more nodes towards the budget. */
        private void count(int weight, int start) {
            nodes += weight;
            if (nodes > nodeBudget) {
                throw new AadcfgException(Category.BAD_DATA, "too-many-nodes", source.file(), lineOf(start), columnOf(start),
                        "the file has more elements, attributes, comments and other nodes than editing can hold "
                                + "in this JVM's memory (about " + HEAP_PER_NODE + " bytes each, besides "
                                + HEAP_PER_CHARACTER + " to " + HEAP_PER_WIDE_CHARACTER + " bytes per character); "
                                + "config files have hundreds. Give "
                                + "Java more memory (-Xmx) if the file really is that large", null);
            }
        }

        private void startElement(XMLStreamReader2 reader, int start) throws XMLStreamException {
            if (open.size() > depthLimit) {
                throw new AadcfgException(Category.BAD_DATA, "too-deep", source.file(), lineOf(start), columnOf(start),
                        "elements are nested more than " + MAX_DEPTH + " deep; config files need a handful", null);
            }
            // Woodstox has read the whole start tag: its ending offset is just past the tag's '>'.
            int tagEnd = (int) reader.getLocationInfo().getEndingCharOffset();
            SpannedElement element = new SpannedElement(name(reader.getPrefix(), reader.getLocalName(),
                    reader.getNamespaceURI(), start), offset + start, offset + tagEnd);
            for (int i = 0; i < reader.getNamespaceCount(); i++) {
                element.addNamespace(nullToEmpty(reader.getNamespacePrefix(i)),
                        nullToEmpty(reader.getNamespaceURI(i)));
            }
            boolean attributesFromSource = readFromSource(reader, start);
            count(1 + (attributesFromSource ? 0 : reader.getAttributeCount()) + reader.getNamespaceCount(), start);
            if (attributesFromSource) {
                element.readAttributesFrom(current);
            } else {
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    // add(Attribute) skips addAttribute's search for an existing one: the parser refuses duplicates.
                    element.add(new DefaultAttribute(name(reader.getAttributePrefix(i),
                            reader.getAttributeLocalName(i), reader.getAttributeNamespace(i), start),
                            reader.getAttributeValue(i)));
                }
            }
            open.peek().add(element);
            open.push(element);
        }

        /**
         * Whether the element's attributes can be read from its start tag when asked for instead of kept
         * ({@link SpannedElement}): it has some, none has a prefix or a namespace, none is written with a
         * reference or a tab or line break, and the tag holds exactly the attributes the parser reported,
         * in its order.
         */
        private boolean readFromSource(XMLStreamReader2 reader, int start) {
            int count = reader.getAttributeCount();
            if (count == 0 || reader.getNamespaceCount() > 0) {
                return false;
            }
            AttributeCursor cursor = new AttributeCursor(input, start);
            for (int i = 0; i < count; i++) {
                String localName = reader.getAttributeLocalName(i);
                if (!cursor.next() || !nullToEmpty(reader.getAttributePrefix(i)).isEmpty()
                        || !nullToEmpty(reader.getAttributeNamespace(i)).isEmpty() || !cursor.nameIs(localName)
                        || !cursor.valueIsLiteral()) {
                    return false;
                }
                name("", localName, "", start); // refuses a name dom4j cannot hold, as for kept attributes
            }
            return !cursor.next();
        }

        /**
         * The qualified name, shared by all elements and attributes that carry it.
         *
         * @throws AadcfgException for a name dom4j refuses: it checks names by the older XML 1.0 rules,
         *                             which allow fewer characters than the parser does
         */
        private QName name(String prefix, String localName, String uri, int start) {
            String p = nullToEmpty(prefix);
            String u = nullToEmpty(uri);
            String key = p.isEmpty() && u.isEmpty() ? localName : p + ':' + localName + ' ' + u;
            QName name = NAMES.get(key);
            if (name == null) {
                try {
                    name = NODES.createQName(localName, Namespace.get(p, u));
                } catch (IllegalArgumentException e) {
                    throw new AadcfgException(Category.BAD_DATA, "unsupported-name", source.file(), lineOf(start), columnOf(start),
                            "the name '" + (p.isEmpty() ? "" : p + ":") + localName + "' holds characters aadcfg "
                                    + "cannot handle (" + e.getMessage() + "); .NET config files use plain names. "
                                    + "Rename it", e);
                }
                if (NAMES.size() < MAX_SHARED_NAMES) {
                    NAMES.put(key, name);
                }
            }
            return name;
        }

        private void endElement(XMLStreamReader2 reader, int start) throws XMLStreamException {
            SpannedElement element = (SpannedElement) open.pop();
            if (offset + start == element.span().start()) {
                element.close(-1, element.startTagEnd());
            } else {
                element.close(offset + start, offset + (int) reader.getLocationInfo().getEndingCharOffset());
            }
        }

        private void addText(XMLStreamReader2 reader, int start) throws XMLStreamException {
            int end = (int) reader.getLocationInfo().getEndingCharOffset();
            if (open.peek().getNodeType() == Node.DOCUMENT_NODE) {
                return; // whitespace outside the root element is not part of the tree
            }
            String piece = reader.getText();
            if (pendingText == null) {
                pendingText = piece;
                pendingStart = start;
            } else {
                if (pendingPieces == null) {
                    pendingPieces = new StringBuilder(pendingText);
                }
                pendingPieces.append(piece);
            }
            pendingEnd = end;
        }

        private void flushText() {
            if (pendingText != null) {
                String value = pendingPieces == null ? pendingText : pendingPieces.toString();
                if (value.isBlank()) {
                    value = blanks.computeIfAbsent(value, v -> v); // indentation repeats: keep one copy
                }
                pendingText = null;
                pendingPieces = null;
                open.peek().add(new SpannedText(value, offset + pendingStart, offset + pendingEnd));
            }
        }

        private void add(Node node, int start) {
            count(1, start);
            open.peek().add(node);
        }

        private static String nullToEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}
