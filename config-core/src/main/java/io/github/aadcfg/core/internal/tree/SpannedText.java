package io.github.aadcfg.core.internal.tree;

import org.dom4j.tree.DefaultText;

/** A text node with its source span. */
final class SpannedText extends DefaultText implements Spanned {
    private static final long serialVersionUID = 1L;
    private int start;
    private int end;

    SpannedText(String value, int start, int end) {
        super(value);
        this.start = start;
        this.end = end;
    }

    @Override
    public NodeSpan span() {
        return NodeSpan.of(start, end);
    }

    @Override
    public void shift(int delta) {
        start += delta;
        end += delta;
    }
}
