package io.github.aadcfg.core.internal.tree;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.Branch;
import org.dom4j.Document;
import org.dom4j.DocumentFactory;
import org.dom4j.Element;
import org.dom4j.Namespace;
import org.dom4j.Node;

import io.github.aadcfg.core.internal.text.SourceText;

/**
 * The edited state of a document, read again only where the edit changed it.
 *
 * <p>An edit replaces the characters {@code [from, to)} and keeps every other character (the edited text
 * is built here from the original and the replacement, so that holds by construction). The changed
 * characters are widened to a <em>region</em>: the shortest run of whole sibling nodes that covers them
 * (inside the deepest element whose content holds them all), plus the text nodes on either side, so that
 * no text node is cut. Only the region's new text is parsed, inside a stand-in for its parent element
 * that declares the parent's in-scope namespaces. Everything outside the region is the same characters
 * in the same context, so a parse of the whole edited text would give the same nodes there, moved by the
 * change in length; the region's new nodes are what it would give inside. This is what makes the result
 * exact: {@link #commit()} swaps the region's nodes for the new ones and moves the spans after it.
 *
 * <p>When the change is not inside the root element's content (the root's own tags, or nodes around it),
 * the region is the whole document and the edited text is parsed in full.
 */
public final class Reparse {
    private static final String STAND_IN = "aadcfg-region";

    private final SourceDocument document;
    private final SourceText edited;
    private final Branch parent;
    private final int fromIndex;
    private final int toIndex;
    private final List<Node> before;
    private final List<Node> after;
    private final SourceDocument whole;
    /** The edited text, which the region's new elements read their attributes from until the commit. */
    private final CurrentText editedText;
    private final int delta;
    private final int newNodes;

    private Reparse(SourceDocument document, SourceText edited, Branch parent, int fromIndex, int toIndex,
            List<Node> after, SourceDocument whole, CurrentText editedText, int newNodes) {
        this.document = document;
        this.edited = edited;
        this.parent = parent;
        this.fromIndex = fromIndex;
        this.toIndex = toIndex;
        this.before = List.copyOf(parent.content().subList(fromIndex, toIndex));
        this.after = after;
        this.whole = whole;
        this.editedText = editedText;
        this.delta = edited.text().length() - document.text().length();
        this.newNodes = newNodes;
    }

    static Reparse of(SourceDocument document, int from, int to, String replacement) {
        String old = document.text();
        if (from < 0 || to < from || to > old.length()) {
            throw new IllegalArgumentException("no range [" + from + "," + to + ") in a text of " + old.length());
        }
        String text = new StringBuilder(old.length() - (to - from) + replacement.length())
                .append(old, 0, from).append(replacement).append(old, to, old.length()).toString();
        SourceText edited = document.source().withText(text);
        int delta = text.length() - old.length();
        Element holder = deepestHolder(document.root(), from, to);
        if (holder == null) {
            SourceDocument whole = SourceParser.parse(edited);
            Document tree = document.tree();
            return new Reparse(document, edited, tree, 0, tree.content().size(),
                    List.copyOf(whole.tree().content()), whole, null, whole.nodeCount());
        }
        Region region = Region.around(holder, from, to);
        StandIn standIn = StandIn.of(holder);
        String open = standIn.startTag();
        String input = open + text.substring(region.start(), region.end() + delta) + "</" + STAND_IN + ">";
        int standInWeight = 1 + standIn.declarations();
        int budget = SourceParser.nodeBudget(edited) - document.nodeCount() + count(region.nodes())
                + standInWeight;
        Document scratch = DocumentFactory.getInstance().createDocument();
        CurrentText editedText = new CurrentText(text);
        int read = SourceParser.read(edited, input, editedText, scratch, region.start() - open.length(),
                depth(holder) - 1, budget);
        return new Reparse(document, edited, holder, region.fromIndex(), region.toIndex(),
                detachChildren(scratch.getRootElement()), null, editedText, read - standInWeight);
    }

    /**
     * The run of {@code holder}'s children {@code [fromIndex, toIndex)} that a change of {@code [from, to)}
     * touches, widened by the text nodes beside it, and the characters {@code [start, end)} it spans.
     */
    private record Region(List<Node> content, int fromIndex, int toIndex, int start, int end) {
        static Region around(Element holder, int from, int to) {
            List<Node> content = holder.content();
            int first = -1;
            int last = -1;
            int insertAt = content.size();
            for (int i = 0; i < content.size(); i++) {
                NodeSpan span = Spanned.spanOf(content.get(i));
                if (span == null) {
                    continue; // a namespace declaration
                }
                boolean hit = from < to ? span.start() < to && span.end() > from
                        : span.start() < from && span.end() > from;
                if (hit) {
                    first = first < 0 ? i : first;
                    last = i;
                } else if (span.start() >= to && insertAt == content.size()) {
                    insertAt = i;
                }
            }
            int fromIndex = first >= 0 ? first : insertAt;
            int toIndex = first >= 0 ? last + 1 : insertAt;
            if (fromIndex > 0 && content.get(fromIndex - 1).getNodeType() == Node.TEXT_NODE) {
                fromIndex--;
            }
            if (toIndex < content.size() && content.get(toIndex).getNodeType() == Node.TEXT_NODE) {
                toIndex++;
            }
            int start = fromIndex < toIndex ? Math.min(from, Spanned.spanOf(content.get(fromIndex)).start()) : from;
            int end = fromIndex < toIndex ? Math.max(to, Spanned.spanOf(content.get(toIndex - 1)).end()) : to;
            return new Region(content, fromIndex, toIndex, start, end);
        }

        List<Node> nodes() {
            return content.subList(fromIndex, toIndex);
        }
    }

    /** The children of the stand-in, without it: ready to be added to the real tree. */
    private static List<Node> detachChildren(Element standIn) {
        List<Node> nodes = new ArrayList<>();
        for (Node node : standIn.content()) {
            if (node.getNodeType() != Node.NAMESPACE_NODE) {
                nodes.add(node);
            }
        }
        standIn.clearContent();
        nodes.forEach(node -> node.setParent(null));
        return List.copyOf(nodes);
    }

    /** The element whose content holds all of {@code [from, to)} and none of whose children does; null if none. */
    private static Element deepestHolder(Element root, int from, int to) {
        if (!holds((SpannedElement) root, from, to)) {
            return null;
        }
        Element holder = root;
        descend: while (true) {
            for (Node child : holder.content()) {
                if (child.getNodeType() == Node.ELEMENT_NODE && holds((SpannedElement) child, from, to)) {
                    holder = (Element) child;
                    continue descend;
                }
            }
            return holder;
        }
    }

    private static boolean holds(SpannedElement element, int from, int to) {
        return element.endTagStart() >= 0 && element.startTagEnd() <= from && to <= element.endTagStart();
    }

    /** A start tag standing in for an element: it declares every namespace in scope there. */
    private record StandIn(String startTag, int declarations) {
        static StandIn of(Element holder) {
            StringBuilder tag = new StringBuilder("<").append(STAND_IN);
            List<String> seen = new ArrayList<>();
            int declarations = 0;
            for (Element e = holder; e != null; e = e.getParent()) {
                for (Namespace namespace : e.declaredNamespaces()) {
                    String prefix = namespace.getPrefix();
                    if (seen.contains(prefix)) {
                        continue;
                    }
                    seen.add(prefix);
                    if (prefix.isEmpty() && namespace.getURI().isEmpty()) {
                        continue;
                    }
                    declarations++;
                    tag.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"")
                            .append(namespace.getURI().replace("&", "&amp;").replace("<", "&lt;")
                                    .replace("\"", "&quot;"))
                            .append('"');
                }
            }
            return new StandIn(tag.append('>').toString(), declarations);
        }
    }

    private static int depth(Element element) {
        int depth = 0;
        for (Element e = element; e != null; e = e.getParent()) {
            depth++;
        }
        return depth;
    }

    /** The nodes that count towards the limit in these subtrees, as the parser counts them. */
    private static int count(List<Node> nodes) {
        int count = 0;
        for (Node node : nodes) {
            switch (node.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    SpannedElement element = (SpannedElement) node;
                    count += element.weight() + count(element.content());
                }
                case Node.COMMENT_NODE, Node.CDATA_SECTION_NODE, Node.PROCESSING_INSTRUCTION_NODE -> count++;
                default -> {
                    // text is not counted; namespace declarations are counted with their element
                }
            }
        }
        return count;
    }

    /** The element (or the document) whose children were read again. */
    public Branch parent() {
        return parent;
    }

    /** The region's nodes before the edit, in order. */
    public List<Node> before() {
        return before;
    }

    /** The region's nodes after the edit, in order, with their spans in the edited text. */
    public List<Node> after() {
        return after;
    }

    /** The XML declaration ({@code <?xml ...?>}) before the edit, or "" when there is none. */
    public String declarationBefore() {
        return declaration(document.text());
    }

    /** The XML declaration after the edit, or "" when there is none. */
    public String declarationAfter() {
        return declaration(edited.text());
    }

    private static String declaration(String text) {
        int end = text.startsWith("<?xml") ? text.indexOf("?>") : -1;
        return end < 0 ? "" : text.substring(0, end + 2);
    }

    /** How many elements named {@code localName} precede the region among the parent's children. */
    public int elementsBefore(String localName) {
        int count = 0;
        List<Node> content = parent.content();
        for (int i = 0; i < fromIndex; i++) {
            Node node = content.get(i);
            if (node.getNodeType() == Node.ELEMENT_NODE && node.getName().equals(localName)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The edited state: the region's nodes replaced in the tree, the spans after it moved. The original
     * {@link SourceDocument} is no longer valid afterwards.
     */
    public SourceDocument commit() {
        if (whole != null) {
            return whole;
        }
        int nodes = document.nodeCount() - count(before) + newNodes;
        Element holder = (Element) parent;
        List<Node> content = holder.content();
        for (int i = toIndex - 1; i >= fromIndex; i--) {
            content.remove(i);
        }
        content.addAll(fromIndex, after);
        if (delta != 0) {
            shiftFollowing(holder, fromIndex + after.size());
        }
        after.forEach(node -> moveAttributeSource(node, editedText, document.current()));
        document.current().set(edited.text());
        return new SourceDocument(edited, document.tree(), nodes, document.current());
    }

    /** Lets the elements of a new subtree read their attributes from the document's text holder. */
    private static void moveAttributeSource(Node node, CurrentText from, CurrentText to) {
        if (node.getNodeType() == Node.ELEMENT_NODE) {
            SpannedElement element = (SpannedElement) node;
            element.moveAttributeSource(from, to);
            List<Node> content = element.content();
            for (int i = 0; i < content.size(); i++) {
                moveAttributeSource(content.get(i), from, to);
            }
        }
    }

    /** Moves everything after the region: later siblings, and every enclosing element's end tag and later siblings. */
    private void shiftFollowing(Element holder, int firstAfter) {
        Branch branch = holder;
        int index = firstAfter;
        while (true) {
            List<Node> content = branch.content();
            for (int i = index; i < content.size(); i++) {
                shiftTree(content.get(i));
            }
            if (branch.getNodeType() == Node.ELEMENT_NODE) {
                SpannedElement element = (SpannedElement) branch;
                element.shiftEnd(delta);
                Branch up = element.getParent() != null ? element.getParent() : element.getDocument();
                index = up.indexOf(element) + 1;
                branch = up;
            } else {
                return;
            }
        }
    }

    private void shiftTree(Node node) {
        Spanned.shift(node, delta);
        if (node.getNodeType() == Node.ELEMENT_NODE) {
            List<Node> content = ((Element) node).content();
            for (int i = 0; i < content.size(); i++) {
                shiftTree(content.get(i));
            }
        }
    }
}
