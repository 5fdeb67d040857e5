package io.github.aadcfg.core.locate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layout of a start tag in the source: where its name ends, each attribute with its value span,
 * and where the closing {@code >} or {@code />} begins. Scans text the parser already accepted as
 * well-formed, so it only has to track quotes.
 */
public final class StartTag {
    private final String name;
    private final int nameEnd;
    private final List<Attribute> attributes;
    private final int closeStart;
    private final boolean selfClosing;

    private StartTag(String name, int nameEnd, List<Attribute> attributes, int closeStart, boolean selfClosing) {
        this.name = name;
        this.nameEnd = nameEnd;
        this.attributes = List.copyOf(attributes);
        this.closeStart = closeStart;
        this.selfClosing = selfClosing;
    }

    /** Scans the start tag {@code text[start, end)}. */
    public static StartTag scan(String text, int start, int end) {
        int i = start + 1;
        while (i < end && !isSpace(text.charAt(i)) && text.charAt(i) != '/' && text.charAt(i) != '>') {
            i++;
        }
        String name = text.substring(start + 1, i);
        int nameEnd = i;
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            int wsStart = i;
            while (isSpace(text.charAt(i))) {
                i++;
            }
            char c = text.charAt(i);
            if (c == '/' || c == '>') {
                boolean selfClosing = c == '/';
                return new StartTag(name, nameEnd, attributes, selfClosing ? i : i, selfClosing);
            }
            int attrStart = i;
            while (text.charAt(i) != '=' && !isSpace(text.charAt(i))) {
                i++;
            }
            String attrName = text.substring(attrStart, i);
            while (text.charAt(i) != '"' && text.charAt(i) != '\'') {
                i++;
            }
            char quote = text.charAt(i);
            int valueStart = i + 1;
            int valueEnd = text.indexOf(quote, valueStart);
            attributes.add(new Attribute(attrName, attrStart, valueStart, valueEnd, quote,
                    text.substring(wsStart, attrStart)));
            i = valueEnd + 1;
        }
    }

    /** The element name as written, with prefix. */
    public String name() {
        return name;
    }

    /** Offset just past the element name. */
    public int nameEnd() {
        return nameEnd;
    }

    /** The attributes in source order. */
    public List<Attribute> attributes() {
        return attributes;
    }

    /** The attribute written with this exact name, if any. */
    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    /** Offset of the {@code /} of {@code />} or of the {@code >} closing the tag. */
    public int closeStart() {
        return closeStart;
    }

    /** Whether the tag ends with {@code />}. */
    public boolean isSelfClosing() {
        return selfClosing;
    }

    /** Offset just past the last attribute, or past the name when there is none. */
    public int contentEnd() {
        return attributes.isEmpty() ? nameEnd : attributes.get(attributes.size() - 1).end();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
