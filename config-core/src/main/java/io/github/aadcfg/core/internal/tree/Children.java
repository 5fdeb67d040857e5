package io.github.aadcfg.core.internal.tree;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.Element;
import org.dom4j.Node;

/**
 * The child elements of an element. Unlike dom4j's {@code elements()}, elements are told apart by node
 * type, not by an {@code instanceof Element}: on JDK 17 repeated interface checks over nodes of several
 * classes dominate a walk over a large tree. Leaves cost nothing.
 */
public final class Children {
    private Children() {
    }

    /** The child elements of {@code parent}, in order. */
    public static List<Element> elements(Element parent) {
        if (parent.nodeCount() == 0) {
            return List.of(); // and dom4j does not make an empty content list for it
        }
        List<Node> content = parent.content();
        List<Element> elements = new ArrayList<>(content.size());
        for (int i = 0, n = content.size(); i < n; i++) {
            Node node = content.get(i);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) node);
            }
        }
        return elements;
    }
}
