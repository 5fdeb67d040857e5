package io.github.aadcfg.core.internal.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.dom4j.Attribute;
import org.dom4j.Namespace;
import org.dom4j.QName;
import org.dom4j.tree.DefaultElement;

/**
 * An element with its source span: start tag, end tag (if any) and overall extent.
 *
 * <p>Attributes are usually not kept as objects: when every attribute of the element is unprefixed and
 * written literally (see {@link AttributeCursor#valueIsLiteral()}), they are read from the start tag in the
 * current text each time they are asked for. That is most of a config file's attributes, and it keeps a
 * large file's tree at a fraction of the memory. Other elements keep theirs the dom4j way. Either way the
 * attributes are read-only: the tree follows the text.
 */
final class SpannedElement extends DefaultElement implements Spanned {
    private static final long serialVersionUID = 1L;
    private int start;
    private int startTagEnd;
    private int endTagStart = -1;
    private int end;
    /** The text the attributes are read from, when they are not kept as objects; null when they are. */
    private transient CurrentText attributeSource;

    SpannedElement(QName name, int start, int startTagEnd) {
        super(name);
        this.start = start;
        this.startTagEnd = startTagEnd;
    }

    /** From now on the attributes are read from the start tag in {@code source} instead of kept. */
    void readAttributesFrom(CurrentText source) {
        this.attributeSource = source;
    }

    /** Reads the attributes from {@code to} instead of {@code from} (the region parse's text, once committed). */
    void moveAttributeSource(CurrentText from, CurrentText to) {
        if (attributeSource == from) {
            attributeSource = to;
        }
    }

    /** What the element counts towards the node budget: itself, its kept attributes and its namespace declarations. */
    int weight() {
        return 1 + (attributeSource == null ? super.attributeCount() : 0) + declaredNamespaces().size();
    }

    /** Records where the element ends: {@code endTagStart} is -1 for a self-closing element. */
    void close(int endTagStart, int end) {
        this.endTagStart = endTagStart;
        this.end = end;
    }

    /** Offset just past the start tag. */
    int startTagEnd() {
        return startTagEnd;
    }

    /** Offset of the end tag's {@code <}, or -1 for a self-closing element. */
    int endTagStart() {
        return endTagStart;
    }

    @Override
    public NodeSpan span() {
        return endTagStart < 0 ? NodeSpan.selfClosing(start, end)
                : NodeSpan.element(start, startTagEnd, endTagStart, end);
    }

    @Override
    public void shift(int delta) {
        start += delta;
        startTagEnd += delta;
        end += delta;
        if (endTagStart >= 0) {
            endTagStart += delta;
        }
    }

    /** Moves only the end tag: the element's content before it grew or shrank by {@code delta}. */
    void shiftEnd(int delta) {
        end += delta;
        if (endTagStart >= 0) {
            endTagStart += delta;
        }
    }

    @Override
    public List<Attribute> attributes() {
        return attributeSource == null ? super.attributes() : readAttributes();
    }

    @Override
    protected List<Attribute> attributeList() {
        return attributeSource == null ? super.attributeList() : readAttributes();
    }

    @Override
    protected List<Attribute> attributeList(int size) {
        return attributeSource == null ? super.attributeList(size) : readAttributes();
    }

    @Override
    public Iterator<Attribute> attributeIterator() {
        return attributeSource == null ? super.attributeIterator() : readAttributes().iterator();
    }

    @Override
    public Attribute attribute(int index) {
        return attributeSource == null ? super.attribute(index) : readAttributes().get(index);
    }

    @Override
    public int attributeCount() {
        if (attributeSource == null) {
            return super.attributeCount();
        }
        AttributeCursor cursor = new AttributeCursor(attributeSource.get(), start);
        int count = 0;
        while (cursor.next()) {
            count++;
        }
        return count;
    }

    @Override
    public Attribute attribute(String name) {
        if (attributeSource == null) {
            return super.attribute(name);
        }
        AttributeCursor cursor = new AttributeCursor(attributeSource.get(), start);
        while (cursor.next()) {
            if (cursor.nameIs(name)) {
                return new SourceAttribute(this, SourceParser.sharedName(name), cursor.rawValue());
            }
        }
        return null;
    }

    @Override
    public Attribute attribute(QName name) {
        if (attributeSource == null) {
            return super.attribute(name);
        }
        return name.getNamespaceURI().isEmpty() ? attribute(name.getName()) : null;
    }

    @Override
    public Attribute attribute(String name, Namespace namespace) {
        if (attributeSource == null) {
            return super.attribute(name, namespace);
        }
        return namespace == null || namespace.getURI().isEmpty() ? attribute(name) : null;
    }

    @Override
    public void add(Attribute attribute) {
        requireKeptAttributes();
        super.add(attribute);
    }

    @Override
    public boolean remove(Attribute attribute) {
        requireKeptAttributes();
        return super.remove(attribute);
    }

    @Override
    public void setAttributes(List<Attribute> attributes) {
        requireKeptAttributes();
        super.setAttributes(attributes);
    }

    /** A deep copy, detached, whose attributes are kept as objects (dom4j's copy adds them one by one). */
    @Override
    public Object clone() {
        if (attributeSource == null) {
            return super.clone();
        }
        SpannedElement copy = new SpannedElement(getQName(), start, startTagEnd);
        copy.close(endTagStart, end);
        copy.appendAttributes(this);
        copy.appendContent(this);
        return copy;
    }

    private void requireKeptAttributes() {
        if (attributeSource != null) {
            throw new UnsupportedOperationException("attributes of a parsed file are changed by editing its text");
        }
    }

    private List<Attribute> readAttributes() {
        AttributeCursor cursor = new AttributeCursor(attributeSource.get(), start);
        List<Attribute> attributes = new ArrayList<>(4);
        while (cursor.next()) {
            attributes.add(new SourceAttribute(this, SourceParser.sharedName(cursor.name()), cursor.rawValue()));
        }
        return Collections.unmodifiableList(attributes);
    }
}
