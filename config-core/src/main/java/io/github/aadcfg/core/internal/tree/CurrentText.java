package io.github.aadcfg.core.internal.tree;

/**
 * The text a tree's spans currently refer to: one holder per document, shared by the elements that read
 * their attributes from the source ({@link SpannedElement}), and moved on to the edited text when an edit
 * is committed ({@link Reparse#commit()}), after the spans have moved.
 */
final class CurrentText {
    private String text;

    CurrentText(String text) {
        this.text = text;
    }

    String get() {
        return text;
    }

    void set(String text) {
        this.text = text;
    }
}
