package io.github.aadcfg.core.internal.patch;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Element;
import org.dom4j.Node;

import io.github.aadcfg.core.internal.text.Lines;
import io.github.aadcfg.core.internal.tree.Attribute;
import io.github.aadcfg.core.internal.tree.Children;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.StartTag;

/**
 * The primitive edits every other edit is made of: set or remove an attribute, insert a fragment
 * relative to a node, remove or replace a node. Each returns a {@link Patch} of exact source spans and
 * never touches a character outside them; an edit that would change nothing returns {@link Patch#NONE}.
 * New markup takes the indentation of its neighbours and the file's newline, quotes and empty-tag style.
 */
public final class DocumentEditor {
    private final SourceDocument document;
    private final String text;
    private final FileStyle style;

    /** An editor for one state of a document. */
    public DocumentEditor(SourceDocument document, FileStyle style) {
        this.document = document;
        this.text = document.text();
        this.style = style;
    }

    /** The document this editor edits. */
    public SourceDocument document() {
        return document;
    }

    /** Sets an attribute's value, keeping its quotes; adds the attribute after the last one if missing. */
    public Patch setAttribute(Element element, String name, String value) {
        if (value.equals(element.attributeValue(name)) && startTag(element).attribute(name).isPresent()) {
            return Patch.NONE;
        }
        StartTag tag = startTag(element);
        ElementPath path = ElementPath.of(element);
        Optional<Attribute> existing = tag.attribute(name);
        if (existing.isPresent()) {
            Attribute attribute = existing.get();
            return Patch.of(new TextChange(attribute.valueStart(), attribute.valueEnd(),
                    Markup.attributeValue(value, attribute.quote(), document.source().charset())), path);
        }
        List<Attribute> attributes = tag.attributes();
        char quote = attributes.isEmpty() ? style.quote() : attributes.get(attributes.size() - 1).quote();
        String separator = " ";
        if (!attributes.isEmpty() && attributes.get(attributes.size() - 1).onOwnLine()) {
            String previous = attributes.get(attributes.size() - 1).leadingWhitespace();
            separator = style.newline() + previous.substring(previous.lastIndexOf('\n') + 1);
        }
        String markup = separator + name + "=" + quote
                + Markup.attributeValue(value, quote, document.source().charset()) + quote;
        return Patch.of(new TextChange(tag.contentEnd(), tag.contentEnd(), markup), path);
    }

    /** Sets several attributes of one element at once. */
    public Patch setAttributes(Element element, Map<String, String> values) {
        Patch patch = Patch.NONE;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            patch = patch.and(setAttribute(element, entry.getKey(), entry.getValue()));
        }
        return patch;
    }

    /** Removes an attribute with one separator, as {@link #removeAttributes} does; nothing when it is absent. */
    public Patch removeAttribute(Element element, String name) {
        return removeAttributes(element, List.of(name));
    }

    /**
     * Removes the named attributes of one element; nothing for those it does not have. Each takes one separator
     * with it: an attribute that stands first on its line (after the element's name, or at the start of a line)
     * takes the whitespace after it, so that the next attribute moves into its place; any other takes the
     * whitespace before it. So a tag written one attribute per line keeps that layout, and removing the
     * attribute beside the name brings the next one up beside it instead of leaving the name alone on its line.
     */
    public Patch removeAttributes(Element element, Collection<String> names) {
        List<Attribute> attributes = startTag(element).attributes();
        if (attributes.stream().noneMatch(attribute -> names.contains(attribute.name()))) {
            return Patch.NONE;
        }
        StringBuilder kept = new StringBuilder();
        String freedPlace = null; // the separator of a removed attribute that stood first on its line
        for (int i = 0; i < attributes.size(); i++) {
            Attribute attribute = attributes.get(i);
            String separator = freedPlace != null ? freedPlace : attribute.leadingWhitespace();
            boolean firstOnLine = i == 0 || freedPlace != null || attribute.onOwnLine();
            freedPlace = null;
            if (names.contains(attribute.name())) {
                freedPlace = firstOnLine ? separator : null;
            } else {
                kept.append(separator).append(text, attribute.start(), attribute.end());
            }
        }
        int from = attributes.get(0).start() - attributes.get(0).leadingWhitespace().length();
        int to = attributes.get(attributes.size() - 1).end();
        return Patch.of(new TextChange(from, to, kept.toString()), ElementPath.of(element));
    }

    /**
     * Inserts a fragment as the last child of {@code parent}: on the line after its last child, above any
     * blank lines before the end tag (as Microsoft's XDT engine places it).
     */
    public Patch appendChild(Element parent, Fragment fragment) {
        NodeSpan span = document.span(parent);
        String parentIndent = Lines.indentOfLine(text, span.start());
        if (span.isSelfClosing()) {
            StartTag tag = startTag(parent);
            String indent = parentIndent + style.indentUnit();
            String markup = ">" + style.newline() + indent + fragment.render(style, indent, charset())
                    + style.newline() + parentIndent + "</" + tag.name() + ">";
            return insertion(parent, span.end(), new TextChange(tag.contentEnd(), span.end(), markup), fragment);
        }
        int endTag = span.endTagStart();
        if (Lines.isBlank(text, span.startTagEnd(), endTag)) {
            String indent = parentIndent + style.indentUnit();
            String markup = style.newline() + indent + fragment.render(style, indent, charset())
                    + style.newline() + parentIndent;
            return insertion(parent, endTag, new TextChange(span.startTagEnd(), endTag, markup), fragment);
        }
        if (!Lines.startsLine(text, endTag)) {
            String markup = fragment.render(style, parentIndent + style.indentUnit(), charset());
            return insertion(parent, endTag, new TextChange(endTag, endTag, markup), fragment);
        }
        Node last = lastSignificantChild(parent);
        boolean lastOnItsOwnLine = last != null && Lines.startsLine(text, document.span(last).start());
        String indent = lastOnItsOwnLine ? Lines.indentOfLine(text, document.span(last).start())
                : parentIndent + style.indentUnit();
        int at = Lines.lineStart(text, endTag);
        int afterLast = last == null ? -1 : Lines.endsLine(text, document.span(last).end());
        if (afterLast >= 0 && afterLast < at && Lines.isBlank(text, afterLast, at)) {
            at = afterLast; // blank lines before the end tag stay there: the new child joins its siblings
        }
        String markup = indent + fragment.render(style, indent, charset()) + style.newline();
        return insertion(parent, endTag, new TextChange(at, at, markup), fragment);
    }

    /** Inserts a fragment as the first child of {@code parent}. */
    public Patch prependChild(Element parent, Fragment fragment) {
        Node first = firstSignificantChild(parent);
        return first == null ? appendChild(parent, fragment) : insertBefore(first, fragment);
    }

    /** Inserts a fragment just before {@code sibling}, on its own line when the sibling starts one. */
    public Patch insertBefore(Node sibling, Fragment fragment) {
        int start = document.span(sibling).start();
        Element parent = sibling.getParent();
        if (Lines.startsLine(text, start)) {
            String indent = Lines.indentOfLine(text, start);
            int at = Lines.lineStart(text, start);
            return insertion(parent, start, new TextChange(at, at,
                    indent + fragment.render(style, indent, charset()) + style.newline()), fragment);
        }
        String indent = Lines.indentOfLine(text, start);
        return insertion(parent, start, new TextChange(start, start, fragment.render(style, indent, charset())),
                fragment);
    }

    /** Inserts a fragment just after {@code sibling}, on a line of its own when the sibling ends one. */
    public Patch insertAfter(Node sibling, Fragment fragment) {
        NodeSpan span = document.span(sibling);
        Element parent = sibling.getParent();
        int lineEnd = Lines.endsLine(text, span.end());
        if (Lines.startsLine(text, span.start()) && lineEnd >= 0) {
            String indent = Lines.indentOfLine(text, span.start());
            return insertion(parent, span.end(), new TextChange(lineEnd, lineEnd,
                    indent + fragment.render(style, indent, charset()) + style.newline()), fragment);
        }
        String indent = Lines.indentOfLine(text, span.start());
        return insertion(parent, span.end(), new TextChange(span.end(), span.end(),
                fragment.render(style, indent, charset())), fragment);
    }

    /** Removes a node; when it stands alone on its line, the whole line goes with it. */
    public Patch remove(Node node) {
        NodeSpan span = document.span(node);
        int from = span.start();
        int to = span.end();
        int lineEnd = Lines.endsLine(text, to);
        if (Lines.startsLine(text, from) && lineEnd >= 0) {
            from = Lines.lineStart(text, from);
            to = lineEnd;
        }
        return new Patch(List.of(new TextChange(from, to, "")), touched(node), List.of());
    }

    /** Replaces a node with a fragment, which takes the node's indentation. */
    public Patch replace(Node node, Fragment fragment) {
        NodeSpan span = document.span(node);
        String indent = Lines.indentOfLine(text, span.start());
        Patch insertion = insertion(node.getParent(), span.start(),
                new TextChange(span.start(), span.end(), fragment.render(style, indent, charset())), fragment);
        List<ElementPath> after = insertion.touchedAfter();
        if (node instanceof Element element && fragment.topLevelNames().contains(element.getName())) {
            after = List.of(ElementPath.of(element));
        }
        return new Patch(insertion.changes(), touched(node), after);
    }

    /** Replaces exact source characters; for edits the primitives above do not cover (e.g. uncommenting). */
    public Patch replaceText(Node node, int start, int end, String replacement) {
        Element owner = node instanceof Element element ? element : node.getParent();
        return Patch.of(new TextChange(start, end, replacement), ElementPath.of(owner));
    }

    private List<ElementPath> touched(Node node) {
        return List.of(ElementPath.of(node instanceof Element element ? element : node.getParent()));
    }

    /** A patch inserting a fragment into {@code parent} at {@code offset}, naming the elements it creates. */
    private Patch insertion(Element parent, int offset, TextChange change, Fragment fragment) {
        ElementPath parentPath = ElementPath.of(parent);
        List<ElementPath> created = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String name : fragment.topLevelNames()) {
            int before = seen.computeIfAbsent(name, n -> countBefore(parent, n, offset));
            seen.put(name, before + 1);
            created.add(parentPath.child(name, before + 1));
        }
        return new Patch(List.of(change), List.of(), created);
    }

    private int countBefore(Element parent, String name, int offset) {
        int count = 0;
        for (Element child : Children.elements(parent)) {
            if (child.getName().equals(name) && document.span(child).start() < offset) {
                count++;
            }
        }
        return count;
    }

    private Node firstSignificantChild(Element parent) {
        for (Node child : parent.content()) {
            if (isSignificant(child)) {
                return child;
            }
        }
        return null;
    }

    private Node lastSignificantChild(Element parent) {
        List<Node> content = parent.content();
        for (int i = content.size() - 1; i >= 0; i--) {
            if (isSignificant(content.get(i))) {
                return content.get(i);
            }
        }
        return null;
    }

    /** Whether a child node counts for placement: not blank text, not a namespace declaration. */
    private static boolean isSignificant(Node node) {
        return node.getNodeType() != Node.NAMESPACE_NODE
                && (node.getNodeType() != Node.TEXT_NODE || !node.getText().isBlank());
    }

    private StartTag startTag(Element element) {
        NodeSpan span = document.span(element);
        return StartTag.scan(text, span.start());
    }

    private Charset charset() {
        return document.source().charset();
    }
}
