package io.github.aadcfg.core.internal.tree;

import java.nio.file.Path;

import org.dom4j.Document;
import org.dom4j.Element;
import org.dom4j.Node;

import io.github.aadcfg.core.internal.text.SourceText;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * A parsed XML file: the original text, untouched, and a dom4j tree whose every node knows its exact
 * source span. The tree is used to locate and decide; edits are made to the text.
 */
public final class SourceDocument {
    private final SourceText source;
    private final Document tree;
    private final int nodeCount;
    private final CurrentText current;

    SourceDocument(SourceText source, Document tree, int nodeCount, CurrentText current) {
        this.source = source;
        this.tree = tree;
        this.nodeCount = nodeCount;
        this.current = current;
    }

    /** The holder of the text the tree's elements read their attributes from: this document's text. */
    CurrentText current() {
        return current;
    }

    /** The decoded file with its encoding details. */
    public SourceText source() {
        return source;
    }

    /** The original text. */
    public String text() {
        return source.text();
    }

    /** The file, for messages. */
    public Path file() {
        return source.file();
    }

    /** The dom4j tree, for locating nodes (XPath works on it). */
    public Document tree() {
        return tree;
    }

    /** The root element. */
    public Element root() {
        return tree.getRootElement();
    }

    /**
     * The source span of a node of this document's tree.
     *
     * @throws IllegalArgumentException for a node that did not come from the source
     */
    public NodeSpan span(Node node) {
        NodeSpan span = Spanned.spanOf(node);
        if (span != null) {
            return span;
        }
        throw new IllegalArgumentException("node has no source span: " + node);
    }

    /** How many nodes (elements, attributes, namespace declarations, comments, ...) count towards the limit. */
    public int nodeCount() {
        return nodeCount;
    }

    /**
     * Replaces the characters {@code [from, to)} with {@code replacement} and reads again the part of the
     * document that changed, as the first step of moving to the edited state; see {@link Reparse}. After
     * {@link Reparse#commit()} this object must no longer be used: the tree then belongs to the edited state.
     *
     * @throws AadcfgException when the changed part does not parse in its place
     */
    public Reparse reparse(int from, int to, String replacement) {
        return Reparse.of(this, from, to, replacement);
    }

    /** 1-based line of an attribute as written in the element's start tag (the element's line if absent). */
    public int lineOf(Element element, String attributeName) {
        NodeSpan span = span(element);
        return StartTag.scan(text(), span.start()).attribute(attributeName)
                .map(attribute -> source.lineOf(attribute.start())).orElse(lineOf(element));
    }

    /** 1-based line where a node starts. */
    public int lineOf(Node node) {
        return source.lineOf(span(node).start());
    }
}
