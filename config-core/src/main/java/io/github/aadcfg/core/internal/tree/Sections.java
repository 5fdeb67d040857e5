package io.github.aadcfg.core.internal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.report.Finding;

/** Finding elements by local name, the way .NET's configuration system does (namespaces aside). */
public final class Sections {
    private Sections() {
    }

    /** The first child element with this local name. */
    public static Optional<Element> child(Element parent, String localName) {
        for (Element child : Children.elements(parent)) {
            if (child.getName().equals(localName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** All child elements with this local name. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Element child : Children.elements(parent)) {
            if (child.getName().equals(localName)) {
                children.add(child);
            }
        }
        return children;
    }

    /** The first child with this local name whose attribute {@code attribute} equals {@code value}. */
    public static Optional<Element> childWith(Element parent, String localName, String attribute, String value) {
        for (Element child : Children.elements(parent)) {
            if (child.getName().equals(localName) && value.equals(child.attributeValue(attribute))) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Follows a path of local names from {@code root}. */
    public static Optional<Element> path(Element root, String... localNames) {
        Optional<Element> current = Optional.of(root);
        for (String name : localNames) {
            current = current.flatMap(e -> child(e, name));
        }
        return current;
    }
}
