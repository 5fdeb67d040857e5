package io.github.aadcfg.core.locate;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.dom4j.Element;
import org.dom4j.Node;

/**
 * The child elements of an element, read straight from its content. Unlike dom4j's {@code elements()},
 * nothing is copied, and elements are told apart by node type, not by an {@code instanceof Element}: on
 * JDK 17 repeated interface checks over nodes of several classes dominate a walk over a large tree.
 */
public final class Children {
    private Children() {
    }

    /** The child elements of {@code parent}, in order. */
    public static Iterable<Element> elements(Element parent) {
        List<Node> content = parent.content();
        return () -> new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < content.size() && content.get(i).getNodeType() != Node.ELEMENT_NODE) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < content.size();
            }

            @Override
            public Element next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Element element = (Element) content.get(next);
                next = advance(next + 1);
                return element;
            }
        };
    }
}
