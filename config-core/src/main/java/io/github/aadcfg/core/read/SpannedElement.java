package io.github.aadcfg.core.read;

import org.dom4j.QName;
import org.dom4j.tree.DefaultElement;

import io.github.aadcfg.core.locate.NodeSpan;

/** An element with its source span: start tag, end tag (if any) and overall extent. */
final class SpannedElement extends DefaultElement implements Spanned {
    private static final long serialVersionUID = 1L;
    private int start;
    private int startTagEnd;
    private int endTagStart = -1;
    private int end;

    SpannedElement(QName name, int start, int startTagEnd) {
        super(name);
        this.start = start;
        this.startTagEnd = startTagEnd;
    }

    /** Records where the element ends: {@code endTagStart} is -1 for a self-closing element. */
    void close(int endTagStart, int end) {
        this.endTagStart = endTagStart;
        this.end = end;
    }

    /** Offset just past the start tag. */
    int startTagEnd() {
        return startTagEnd;
    }

    /** Offset of the end tag's {@code <}, or -1 for a self-closing element. */
    int endTagStart() {
        return endTagStart;
    }

    @Override
    public NodeSpan span() {
        return endTagStart < 0 ? NodeSpan.selfClosing(start, end)
                : NodeSpan.element(start, startTagEnd, endTagStart, end);
    }

    @Override
    public void shift(int delta) {
        start += delta;
        startTagEnd += delta;
        end += delta;
        if (endTagStart >= 0) {
            endTagStart += delta;
        }
    }

    /** Moves only the end tag: the element's content before it grew or shrank by {@code delta}. */
    void shiftEnd(int delta) {
        end += delta;
        if (endTagStart >= 0) {
            endTagStart += delta;
        }
    }
}
