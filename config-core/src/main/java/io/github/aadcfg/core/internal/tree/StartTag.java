package io.github.aadcfg.core.internal.tree;

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

    /** Scans the start tag beginning at {@code start} (its {@code <}). */
    public static StartTag scan(String text, int start) {
        AttributeCursor cursor = new AttributeCursor(text, start);
        List<Attribute> attributes = new ArrayList<>();
        while (cursor.next()) {
            attributes.add(new Attribute(cursor.name(), cursor.nameStart(), cursor.valueStart(), cursor.valueEnd(),
                    cursor.quote(), text.substring(cursor.gapStart(), cursor.nameStart())));
        }
        int close = cursor.closeStart();
        return new StartTag(text.substring(start + 1, cursor.tagNameEnd()), cursor.tagNameEnd(), attributes, close,
                text.charAt(close) == '/');
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

}
