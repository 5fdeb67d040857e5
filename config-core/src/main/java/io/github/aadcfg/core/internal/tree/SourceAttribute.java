package io.github.aadcfg.core.internal.tree;

import org.dom4j.Element;
import org.dom4j.QName;
import org.dom4j.tree.DefaultAttribute;

/**
 * An attribute read from the source on request ({@link SpannedElement}): a new object each time, so two
 * objects for the same attribute are equal (same element, same name). Read-only: the tree follows the
 * text, and edits are made to the text.
 */
final class SourceAttribute extends DefaultAttribute {
    private static final long serialVersionUID = 1L;

    SourceAttribute(Element parent, QName name, String value) {
        super(parent, name, value);
    }

    @Override
    public void setValue(String value) {
        throw new UnsupportedOperationException("attributes of a parsed file are changed by editing its text");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceAttribute attribute && attribute.getParent() == getParent()
                && attribute.getQName().equals(getQName());
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(getParent()) + getQName().hashCode();
    }
}
