package io.github.aadcfg.core.internal.tree;

import org.dom4j.tree.DefaultProcessingInstruction;

/** A processing instruction with its source span. */
final class SpannedInstruction extends DefaultProcessingInstruction implements Spanned {
    private static final long serialVersionUID = 1L;
    private int start;
    private int end;

    SpannedInstruction(String target, String data, int start, int end) {
        super(target, data);
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
