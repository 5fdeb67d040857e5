package io.github.aadcfg.core.internal.tree;

/**
 * Where a node sits in the source text, as character offsets (end exclusive). For elements it also
 * records where the start tag ends and where the end tag starts; a self-closing element has no end tag.
 */
public final class NodeSpan {
    private final int start;
    private final int end;
    private final int startTagEnd;
    private final int endTagStart;

    private NodeSpan(int start, int end, int startTagEnd, int endTagStart) {
        this.start = start;
        this.end = end;
        this.startTagEnd = startTagEnd;
        this.endTagStart = endTagStart;
    }

    /** A span of a non-element node (text, comment, CDATA, processing instruction). */
    public static NodeSpan of(int start, int end) {
        return new NodeSpan(start, end, end, end);
    }

    /** A self-closing element such as {@code <a x="1" />}. */
    public static NodeSpan selfClosing(int start, int end) {
        return new NodeSpan(start, end, end, -1);
    }

    /** An element with a start tag and an end tag. */
    public static NodeSpan element(int start, int startTagEnd, int endTagStart, int end) {
        return new NodeSpan(start, end, startTagEnd, endTagStart);
    }

    /** Offset of the node's first character. */
    public int start() {
        return start;
    }

    /** Offset just past the node's last character. */
    public int end() {
        return end;
    }

    /** Offset just past the start tag's {@code >}. */
    public int startTagEnd() {
        return startTagEnd;
    }

    /** Offset of the end tag's {@code <}; -1 for a self-closing element. */
    public int endTagStart() {
        return endTagStart;
    }

    /** Whether this element is written as {@code <a/>}. */
    public boolean isSelfClosing() {
        return endTagStart < 0;
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
