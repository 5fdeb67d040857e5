package io.github.aadcfg.core.internal.tree;

import org.dom4j.Node;

/**
 * A tree node that records where it sits in the source text. The offsets live in the node itself, so a
 * parse needs no side table, and an edit can move the nodes after it by the length it added or removed.
 *
 * <p>The static helpers find a node's span by its node type and a cast to the final class: on JDK 17 an
 * {@code instanceof} or cast to an interface, repeated for nodes of several classes, is slow enough to
 * dominate a walk over a large tree.
 */
interface Spanned {
    /** The node's span in the current text. */
    NodeSpan span();

    /** Moves the node by {@code delta} characters (not its children). */
    void shift(int delta);

    /** The span of a node of a parsed tree, or null for a node without one (a namespace declaration). */
    static NodeSpan spanOf(Node node) {
        return switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> ((SpannedElement) node).span();
            case Node.TEXT_NODE -> ((SpannedText) node).span();
            case Node.COMMENT_NODE -> ((SpannedComment) node).span();
            case Node.CDATA_SECTION_NODE -> ((SpannedCdata) node).span();
            case Node.PROCESSING_INSTRUCTION_NODE -> ((SpannedInstruction) node).span();
            default -> null;
        };
    }

    /** Moves a node of a parsed tree by {@code delta} characters (not its children); nothing for others. */
    static void shift(Node node, int delta) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> ((SpannedElement) node).shift(delta);
            case Node.TEXT_NODE -> ((SpannedText) node).shift(delta);
            case Node.COMMENT_NODE -> ((SpannedComment) node).shift(delta);
            case Node.CDATA_SECTION_NODE -> ((SpannedCdata) node).shift(delta);
            case Node.PROCESSING_INSTRUCTION_NODE -> ((SpannedInstruction) node).shift(delta);
            default -> {
                // namespace declarations have no span
            }
        }
    }
}
