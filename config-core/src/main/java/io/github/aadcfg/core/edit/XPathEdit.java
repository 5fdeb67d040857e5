package io.github.aadcfg.core.edit;

import java.util.List;
import java.util.function.BiFunction;

import org.dom4j.Element;
import org.dom4j.Node;

import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.InvalidValueException;
import io.github.aadcfg.core.xpath.SafeXPath;

/**
 * Generic edits addressed by XPath 1.0 (Jaxen over the dom4j tree): set or remove an attribute, insert
 * a fragment relative to a node, replace or remove nodes. Each applies to every node the expression
 * selects, in one verified step; selecting nothing changes nothing. The typed agent edits and XDT
 * transforms use the same primitives. In a file with a default namespace, select by
 * {@code *[local-name()='name']}. Expressions are {@link SafeXPath}s: they read only the document, and an
 * expression calling anything but the XPath 1.0 core functions is refused when the edit is created.
 */
public final class XPathEdit implements ConfigEdit {
    /** Where an insertion goes relative to the selected node. */
    public enum Position {
        FIRST_CHILD, LAST_CHILD, BEFORE, AFTER
    }

    private final String description;
    private final SafeXPath expression;
    private final BiFunction<DocumentEditor, Node, Patch> perNode;

    private XPathEdit(String description, String expression, BiFunction<DocumentEditor, Node, Patch> perNode) {
        this.description = description;
        this.expression = SafeXPath.compile(expression);
        this.perNode = perNode;
    }

    /** Sets attribute {@code name} to {@code value} on every selected element. */
    public static XPathEdit setAttribute(String xpath, String name, String value) {
        return new XPathEdit("set @" + name + " on " + xpath, xpath,
                (editor, node) -> editor.setAttribute(element(node, xpath), name, value));
    }

    /** Removes attribute {@code name} from every selected element. */
    public static XPathEdit removeAttribute(String xpath, String name) {
        return new XPathEdit("remove @" + name + " from " + xpath, xpath,
                (editor, node) -> editor.removeAttribute(element(node, xpath), name));
    }

    /** Inserts {@code markup} relative to every selected node. */
    public static XPathEdit insert(String xpath, Position position, String markup) {
        XmlFragment fragment = XmlFragment.parse(markup);
        return new XPathEdit("insert " + position.name().toLowerCase(java.util.Locale.ROOT) + " " + xpath, xpath,
                (editor, node) -> switch (position) {
                    case FIRST_CHILD -> editor.prependChild(element(node, xpath), fragment);
                    case LAST_CHILD -> editor.appendChild(element(node, xpath), fragment);
                    case BEFORE -> editor.insertBefore(childNode(node, xpath), fragment);
                    case AFTER -> editor.insertAfter(childNode(node, xpath), fragment);
                });
    }

    /** Replaces every selected node with {@code markup}. */
    public static XPathEdit replace(String xpath, String markup) {
        XmlFragment fragment = XmlFragment.parse(markup);
        return new XPathEdit("replace " + xpath, xpath, (editor, node) -> editor.replace(childNode(node, xpath), fragment));
    }

    /** Removes every selected node. */
    public static XPathEdit remove(String xpath) {
        return new XPathEdit("remove " + xpath, xpath, (editor, node) -> editor.remove(childNode(node, xpath)));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void applyTo(EditSession session) {
        session.apply(editor -> {
            List<Node> nodes = expression.selectNodes(editor.document(), editor.document().tree());
            Patch patch = Patch.NONE;
            for (Node node : nodes) {
                patch = patch.and(perNode.apply(editor, node));
            }
            requireDisjoint(patch);
            return patch;
        });
    }

    private void requireDisjoint(Patch patch) {
        List<TextChange> sorted = patch.changes().stream()
                .sorted(java.util.Comparator.comparingInt(TextChange::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() < sorted.get(i - 1).end()) {
                throw new InvalidValueException("overlapping-targets", null, "xpath '" + expression
                        + "' selects nodes nested in each other; select only one level");
            }
        }
    }

    private static Element element(Node node, String xpath) {
        if (node instanceof Element element) {
            return element;
        }
        throw new InvalidValueException("xpath-not-element", null, "xpath '" + xpath
                + "' must select elements, but selected a " + node.getNodeTypeName());
    }

    private static Node childNode(Node node, String xpath) {
        if (node.getNodeType() == Node.ATTRIBUTE_NODE || node.getNodeType() == Node.NAMESPACE_NODE) {
            throw new InvalidValueException("xpath-not-node", null, "xpath '" + xpath
                    + "' selects an attribute; use the attribute edits instead");
        }
        if (node.getParent() == null) {
            throw new InvalidValueException("xpath-root", null, "xpath '" + xpath
                    + "' selects the root element or the document, which cannot be replaced, removed or given siblings");
        }
        return node;
    }
}
