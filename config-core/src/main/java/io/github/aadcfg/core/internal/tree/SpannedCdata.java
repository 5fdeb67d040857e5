package io.github.aadcfg.core.internal.tree;

import org.dom4j.tree.DefaultCDATA;

/** A CDATA section with its source span. */
final class SpannedCdata extends DefaultCDATA implements Spanned {
    private static final long serialVersionUID = 1L;
    private int start;
    private int end;

    SpannedCdata(String value, int start, int end) {
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
