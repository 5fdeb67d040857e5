package io.github.aadcfg.core.internal.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.ProcessingInstruction;

import io.github.aadcfg.core.internal.patch.ElementPath;
import io.github.aadcfg.core.internal.tree.Reparse;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * The last check of every edit step: the part of the document the edit changed, read again, must equal
 * what was there before, node for node, except the elements the edit declared it would touch (and the
 * whitespace between their siblings, which an insertion or removal necessarily shifts).
 *
 * <p>The comparison covers the {@link Reparse} region only. That is enough: outside the region the edited
 * text is the original text character for character in the same context ({@link Reparse} builds it from
 * the original and the replacement), so it holds the same nodes. Inside it, siblings are paired in order and compared in full: names,
 * namespaces and prefixes, attribute values, declared namespaces, text, comments, CDATA and processing
 * instructions, recursively.
 */
public final class ChangeVerifier {
    private final Path file;
    private final Set<ElementPath> touchedBefore;
    private final Set<ElementPath> touchedAfter;
    private final Set<ElementPath> parents = new HashSet<>();

    private ChangeVerifier(Path file, List<ElementPath> touchedBefore, List<ElementPath> touchedAfter) {
        this.file = file;
        this.touchedBefore = Set.copyOf(touchedBefore);
        this.touchedAfter = Set.copyOf(touchedAfter);
        touchedBefore.forEach(p -> parents.add(p.parent()));
        touchedAfter.forEach(p -> parents.add(p.parent()));
    }

    /**
     * Compares a region before and after an edit.
     *
     * @param touchedBefore elements of the original the edit may alter or remove
     * @param touchedAfter  elements of the result the edit may have altered or created
     * @throws AadcfgException when the region differs outside the declared elements
     */
    public static void verify(Path file, Reparse region, List<ElementPath> touchedBefore,
            List<ElementPath> touchedAfter) {
        ChangeVerifier verifier = new ChangeVerifier(file, touchedBefore, touchedAfter);
        if (!region.declarationBefore().equals(region.declarationAfter())) {
            throw verifier.changed("the XML declaration changed");
        }
        ElementPath parent = region.parent() instanceof Element element ? ElementPath.of(element)
                : ElementPath.DOCUMENT;
        Map<String, Integer> preceding = new HashMap<>();
        ToIntFunction<String> elementsBefore = name -> preceding.computeIfAbsent(name, region::elementsBefore);
        List<Node> before = within(parent, verifier.touchedBefore) ? List.of() : region.before();
        List<Node> after = within(parent, verifier.touchedAfter) ? List.of() : region.after();
        verifier.compare(parent, before, elementsBefore, parent, after, elementsBefore);
    }

    /** Whether the element at {@code path} is, or lies inside, one of {@code touched}. */
    private static boolean within(ElementPath path, Set<ElementPath> touched) {
        for (ElementPath p = path; !p.steps().isEmpty(); p = p.parent()) {
            if (touched.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks that every element the edit declared it touched exists in the result; a declaration that
     * names nothing means the edit located the wrong place.
     */
    public static void requirePresent(Path file, org.dom4j.Document result, List<ElementPath> touchedAfter) {
        for (ElementPath path : touchedAfter) {
            if (path.resolve(result) == null) {
                throw new AadcfgException(Category.INTERNAL, "verify-scope", file, "the edited document has no element at "
                        + path + "; nothing was written. Please report this as a bug");
            }
        }
    }

    private record Kept(Node node, ElementPath path) {
    }

    private void compare(ElementPath beforeParent, List<Node> before, ToIntFunction<String> beforePreceding,
            ElementPath afterParent, List<Node> after, ToIntFunction<String> afterPreceding) {
        List<Kept> old = kept(beforeParent, before, beforePreceding, touchedBefore);
        List<Kept> now = kept(afterParent, after, afterPreceding, touchedAfter);
        for (int i = 0; i < Math.min(old.size(), now.size()); i++) {
            Kept b = old.get(i);
            Kept a = now.get(i);
            String difference = difference(b.node(), a.node());
            if (difference != null) {
                throw changed(difference + " under " + afterParent);
            }
            if (b.node().getNodeType() == Node.ELEMENT_NODE) {
                compare(b.path(), ((Element) b.node()).content(), name -> 0,
                        a.path(), ((Element) a.node()).content(), name -> 0);
            }
        }
        if (old.size() != now.size()) {
            Kept extra = old.size() > now.size() ? old.get(now.size()) : now.get(old.size());
            throw changed((old.size() > now.size() ? "removed " : "added ") + describe(extra.node())
                    + " under " + afterParent);
        }
    }

    /** The nodes the comparison looks at: not the touched elements, not whitespace beside them. */
    private List<Kept> kept(ElementPath parent, List<Node> nodes, ToIntFunction<String> preceding,
            Set<ElementPath> touched) {
        boolean whitespaceMayShift = parents.contains(parent);
        Map<String, Integer> counts = new HashMap<>();
        List<Kept> kept = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            switch (node.getNodeType()) {
                case Node.NAMESPACE_NODE -> {
                    // declarations are compared with their element
                }
                case Node.ELEMENT_NODE -> {
                    String name = node.getName();
                    int index = counts.computeIfAbsent(name, preceding::applyAsInt) + 1;
                    counts.put(name, index);
                    ElementPath path = parent.child(name, index);
                    if (!touched.contains(path)) {
                        kept.add(new Kept(node, path));
                    }
                }
                case Node.TEXT_NODE -> {
                    if (!whitespaceMayShift || !node.getText().isBlank()) {
                        kept.add(new Kept(node, null));
                    }
                }
                default -> kept.add(new Kept(node, null));
            }
        }
        return kept;
    }

    /** What differs between two nodes themselves (not their children), or null. */
    private static String difference(Node before, Node after) {
        if (before.getNodeType() != after.getNodeType()) {
            return describe(before) + " became " + describe(after);
        }
        if (before.getNodeType() == Node.ELEMENT_NODE) {
            return elementDifference((Element) before, (Element) after);
        }
        if (before.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                && !((ProcessingInstruction) before).getTarget().equals(((ProcessingInstruction) after).getTarget())) {
            return describe(before) + " became " + describe(after);
        }
        return before.getText().equals(after.getText()) ? null : describe(before) + " changed";
    }

    private static String elementDifference(Element before, Element after) {
        if (!before.getQName().equals(after.getQName())
                || !before.getNamespacePrefix().equals(after.getNamespacePrefix())) {
            return describe(before) + " became " + describe(after);
        }
        if (before.attributeCount() != after.attributeCount()) {
            return "the attributes of " + describe(before) + " changed";
        }
        for (Attribute attribute : before.attributes()) {
            Attribute other = after.attribute(attribute.getQName());
            if (other == null || !other.getValue().equals(attribute.getValue())
                    || !other.getNamespacePrefix().equals(attribute.getNamespacePrefix())) {
                return "attribute " + attribute.getQualifiedName() + " of " + describe(before) + " changed";
            }
        }
        if (!new HashSet<>(before.declaredNamespaces()).equals(new HashSet<>(after.declaredNamespaces()))) {
            return "the namespace declarations of " + describe(before) + " changed";
        }
        return null;
    }

    private static String describe(Node node) {
        return switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> "<" + ((Element) node).getQualifiedName() + ">";
            case Node.TEXT_NODE -> "text";
            case Node.CDATA_SECTION_NODE -> "a CDATA section";
            case Node.COMMENT_NODE -> "a comment";
            case Node.PROCESSING_INSTRUCTION_NODE -> "a processing instruction";
            default -> node.getNodeTypeName();
        };
    }

    private AadcfgException changed(String what) {
        return new AadcfgException(Category.INTERNAL, "verify-structure", file,
                "the edit would change more than it should (" + what + "); nothing was written. Please report "
                        + "this as a bug");
    }
}
