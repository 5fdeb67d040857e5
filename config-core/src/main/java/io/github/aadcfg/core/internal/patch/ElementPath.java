package io.github.aadcfg.core.internal.patch;

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

    /** The empty path: the document itself, parent of the root element. */
    public static final ElementPath DOCUMENT = new ElementPath(List.of());

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
     * Resolves this path in a dom4j document.
     *
     * @return the element, or {@code null} when there is none at this path
     */
    public Element resolve(org.dom4j.Document document) {
        Element current = null;
        for (Step step : steps) {
            current = current == null ? root(document, step) : nthChild(current, step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private static Element root(org.dom4j.Document document, Step step) {
        Element root = document.getRootElement();
        return root != null && step.index() == 1 && root.getName().equals(step.localName()) ? root : null;
    }

    private static Element nthChild(Element parent, Step step) {
        int seen = 0;
        for (Element child : parent.elements()) {
            if (child.getName().equals(step.localName()) && ++seen == step.index()) {
                return child;
            }
        }
        return null;
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
