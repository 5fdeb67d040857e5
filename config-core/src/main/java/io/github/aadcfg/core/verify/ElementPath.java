package io.github.aadcfg.core.verify;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.Element;

/**
 * Names an element by its chain of local names and positions among same-named siblings, e.g.
 * {@code /configuration[1]/system.net[1]/defaultProxy[1]}. Resolves in any DOM of the same document,
 * so the verifier can find "the same element" before and after an edit.
 */
public final class ElementPath {
    /** One step: a local name and a 1-based index among siblings with that local name. */
    public record Step(String localName, int index) {
    }

    private final List<Step> steps;

    private ElementPath(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The path of a dom4j element. */
    public static ElementPath of(Element element) {
        List<Step> steps = new ArrayList<>();
        for (Element e = element; e != null; e = e.getParent()) {
            steps.add(0, new Step(e.getName(), indexAmongSameName(e)));
        }
        return new ElementPath(steps);
    }

    /** This path extended by a child step. */
    public ElementPath child(String localName, int index) {
        List<Step> extended = new ArrayList<>(steps);
        extended.add(new Step(localName, index));
        return new ElementPath(extended);
    }

    /** The path of the parent element; the empty path (the document) for the root. */
    public ElementPath parent() {
        return new ElementPath(steps.isEmpty() ? steps : steps.subList(0, steps.size() - 1));
    }

    /** The steps from the root down. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Resolves this path in a W3C DOM document.
     *
     * @return the element, or {@code null} when there is none at this path
     */
    public org.w3c.dom.Element resolve(org.w3c.dom.Document document) {
        org.w3c.dom.Node current = document;
        for (Step step : steps) {
            current = nthChild(current, step);
            if (current == null) {
                return null;
            }
        }
        return (org.w3c.dom.Element) current;
    }

    private static org.w3c.dom.Node nthChild(org.w3c.dom.Node parent, Step step) {
        int seen = 0;
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE && step.localName().equals(localName(child))
                    && ++seen == step.index()) {
                return child;
            }
        }
        return null;
    }

    private static String localName(org.w3c.dom.Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static int indexAmongSameName(Element element) {
        Element parent = element.getParent();
        if (parent == null) {
            return 1;
        }
        int index = 0;
        for (Element sibling : parent.elements()) {
            if (sibling.getName().equals(element.getName())) {
                index++;
            }
            if (sibling == element) {
                return index;
            }
        }
        throw new IllegalStateException("element not among its parent's children");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElementPath path && path.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append('/').append(step.localName()).append('[').append(step.index()).append(']');
        }
        return out.toString();
    }
}
