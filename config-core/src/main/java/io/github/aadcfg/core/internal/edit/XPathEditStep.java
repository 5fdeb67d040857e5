package io.github.aadcfg.core.internal.edit;

import java.util.List;
import java.util.function.BiFunction;

import org.dom4j.Element;
import org.dom4j.Node;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.edits.XPathEdit;
import io.github.aadcfg.core.internal.patch.DocumentEditor;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.patch.TextChange;
import io.github.aadcfg.core.internal.patch.XmlFragment;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.internal.xpath.SafeXPath;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/** Applies an {@link XPathEdit}: one verified step over every node its expression selects. */
final class XPathEditStep implements EditStep {
    private final XPathEdit edit;
    private final SafeXPath expression;
    private final BiFunction<DocumentEditor, Node, Patch> perNode;

    XPathEditStep(XPathEdit edit) {
        this.edit = edit;
        this.expression = SafeXPath.compile(edit.xpath());
        this.perNode = perNode(edit);
    }

    private static BiFunction<DocumentEditor, Node, Patch> perNode(XPathEdit edit) {
        String xpath = edit.xpath();
        XmlFragment fragment = edit.markup() == null ? null : XmlFragment.parse(edit.markup());
        return switch (edit.operation()) {
            case SET_ATTRIBUTE -> (editor, node) -> editor.setAttribute(element(node, xpath), edit.name(), edit.value());
            case REMOVE_ATTRIBUTE -> (editor, node) -> editor.removeAttribute(element(node, xpath), edit.name());
            case INSERT_FIRST_CHILD -> (editor, node) -> editor.prependChild(element(node, xpath), fragment);
            case INSERT_LAST_CHILD -> (editor, node) -> editor.appendChild(element(node, xpath), fragment);
            case INSERT_BEFORE -> (editor, node) -> editor.insertBefore(childNode(node, xpath), fragment);
            case INSERT_AFTER -> (editor, node) -> editor.insertAfter(childNode(node, xpath), fragment);
            case REPLACE -> (editor, node) -> editor.replace(childNode(node, xpath), fragment);
            case REMOVE -> (editor, node) -> editor.remove(childNode(node, xpath));
        };
    }

    @Override
    public boolean anyDocument() {
        return true;
    }

    @Override
    public String description() {
        return edit.description();
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
                throw new AadcfgException(Category.INVALID_VALUE, "overlapping-targets", null, "xpath '" + expression
                        + "' selects nodes nested in each other; select only one level");
            }
        }
    }

    private static Element element(Node node, String xpath) {
        if (node instanceof Element element) {
            return element;
        }
        throw new AadcfgException(Category.INVALID_VALUE, "xpath-not-element", null, "xpath '" + xpath
                + "' must select elements, but selected a " + node.getNodeTypeName());
    }

    private static Node childNode(Node node, String xpath) {
        if (node.getNodeType() == Node.ATTRIBUTE_NODE || node.getNodeType() == Node.NAMESPACE_NODE) {
            throw new AadcfgException(Category.INVALID_VALUE, "xpath-not-node", null, "xpath '" + xpath
                    + "' selects an attribute; use the attribute edits instead");
        }
        if (node.getParent() == null) {
            throw new AadcfgException(Category.INVALID_VALUE, "xpath-root", null, "xpath '" + xpath
                    + "' selects the root element or the document, which cannot be replaced, removed or given siblings");
        }
        return node;
    }
}
