package io.github.aadcfg.core.read;

import io.github.aadcfg.core.locate.NodeSpan;

/**
 * A tree node that records where it sits in the source text. The offsets live in the node itself, so a
 * parse needs no side table, and an edit can move the nodes after it by the length it added or removed.
 */
interface Spanned {
    /** The node's span in the current text. */
    NodeSpan span();

    /** Moves the node by {@code delta} characters (not its children). */
    void shift(int delta);
}
