package io.github.aadcfg.core.internal.xdt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.dom4j.Namespace;

import io.github.aadcfg.core.internal.text.Lines;
import io.github.aadcfg.core.internal.tree.Attribute;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.StartTag;

/**
 * The markup a transform element contributes to the output: its source text as written, minus every
 * attribute in the XDT namespace and every declaration of that namespace (with the whitespace before
 * each), so that nothing of the transform language reaches the document.
 */
final class TransformContent {
    private TransformContent() {
    }

    /** The element's markup without XDT attributes and declarations, preceded by its line's indentation. */
    static String markup(SourceDocument transform, Element element) {
        Set<String> xdtPrefixes = xdtPrefixes(transform.root());
        String text = transform.text();
        NodeSpan span = transform.span(element);
        List<int[]> cuts = new ArrayList<>();
        collectCuts(transform, element, xdtPrefixes, cuts);
        cuts.sort(Comparator.comparingInt(c -> c[0]));
        StringBuilder out = new StringBuilder();
        if (Lines.startsLine(text, span.start())) {
            out.append(Lines.indentOfLine(text, span.start()));
        }
        int copied = span.start();
        for (int[] cut : cuts) {
            out.append(text, copied, cut[0]);
            copied = cut[1];
        }
        return out.append(text, copied, span.end()).toString();
    }

    private static void collectCuts(SourceDocument transform, Element element, Set<String> xdtPrefixes, List<int[]> cuts) {
        NodeSpan span = transform.span(element);
        for (Attribute attribute : StartTag.scan(transform.text(), span.start()).attributes()) {
            String name = attribute.name();
            int colon = name.indexOf(':');
            String prefix = colon < 0 ? "" : name.substring(0, colon);
            String local = name.substring(colon + 1);
            if (prefix.equals("xmlns") ? xdtPrefixes.contains(local) : xdtPrefixes.contains(prefix)) {
                cuts.add(new int[] {attribute.start() - attribute.leadingWhitespace().length(), attribute.end()});
            }
        }
        for (Element child : element.elements()) {
            collectCuts(transform, child, xdtPrefixes, cuts);
        }
    }

    /** Every prefix bound to the XDT namespace anywhere in the transform file. */
    private static Set<String> xdtPrefixes(Element root) {
        List<Namespace> declared = new ArrayList<>();
        collectNamespaces(root, declared);
        return declared.stream().filter(n -> TransformParser.XDT_NAMESPACE.equals(n.getURI()))
                .map(Namespace::getPrefix).collect(Collectors.toSet());
    }

    private static void collectNamespaces(Element element, List<Namespace> declared) {
        declared.addAll(element.declaredNamespaces());
        for (Element child : element.elements()) {
            collectNamespaces(child, declared);
        }
    }
}
