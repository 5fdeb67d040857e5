package io.github.aadcfg.core.verify;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;

import io.github.aadcfg.core.VerificationFailedException;

/**
 * The last check before anything is written: the result is parsed again and compared with the original
 * using XMLUnit. Every node must be identical except the elements the edit declared it would touch (and
 * the whitespace between their siblings, which an insertion or removal necessarily shifts).
 */
public final class StructureVerifier {
    private final Path file;

    /** A verifier reporting failures against {@code file}. */
    public StructureVerifier(Path file) {
        this.file = file;
    }

    /**
     * The secure factory: namespace-aware, DOCTYPE refused, secure processing, no entity expansion. Built
     * once; XMLUnit gets it too, so that it does not build and configure a factory of its own per comparison.
     */
    private static final DocumentBuilderFactory FACTORY = createFactory();
    /**
     * One builder per thread, {@link DocumentBuilder#reset() reset} before each parse: building a Xerces
     * parser configuration costs more than parsing a config file. Same settings as a fresh builder.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = new ThreadLocal<>();

    private static DocumentBuilderFactory createFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support secure processing", e);
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilder builder = BUILDER.get();
        if (builder == null) {
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            BUILDER.set(builder);
        } else {
            builder.reset();
        }
        builder.setErrorHandler(null);
        return builder;
    }

    /** Parses text into a DOM for comparison; DTDs are refused. */
    public Document parse(String text) {
        try {
            return builder().parse(new InputSource(new StringReader(text)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new VerificationFailedException("verify-reparse", file,
                    "the edited document does not parse again (" + e.getMessage()
                            + "); nothing was written. Please report this as a bug", e);
        }
    }

    /**
     * Compares two parsed states of a file.
     *
     * @throws VerificationFailedException when they differ outside the declared elements
     */
    public void verify(Document before, Document after, List<ElementPath> touchedBefore,
            List<ElementPath> touchedAfter) {
        List<ElementPath> parents = new ArrayList<>();
        touchedBefore.forEach(p -> parents.add(p.parent()));
        touchedAfter.forEach(p -> parents.add(p.parent()));
        Scope beforeScope = Scope.resolve(before, touchedBefore, parents, file);
        Scope afterScope = Scope.resolve(after, touchedAfter, parents, file);
        Diff diff = DiffBuilder.compare(before).withTest(after)
                .withDocumentBuilderFactory(FACTORY)
                .withNodeMatcher(StructureVerifier::matchInOrder)
                .withNodeFilter(node -> beforeScope.keeps(node) && afterScope.keeps(node))
                .checkForIdentical()
                .build();
        if (diff.hasDifferences()) {
            Difference first = diff.getDifferences().iterator().next();
            throw new VerificationFailedException("verify-structure", file,
                    "the edit would change more than it should (" + first.getComparison()
                            + "); nothing was written. Please report this as a bug");
        }
    }

    /**
     * Pairs the (filtered) children of two nodes by position: the first with the first, and so on; the
     * longer list's surplus stays unmatched. Any difference between the two lists is then still reported,
     * as a different node at some position or as a different length. XMLUnit's default matcher, which looks
     * for a same-named partner among all unmatched siblings, costs quadratic time in the number of siblings
     * (a large appSettings) and only ever finds more pairs when the order differs, which is a difference
     * here too.
     */
    static Iterable<Map.Entry<Node, Node>> matchInOrder(Iterable<Node> controlNodes, Iterable<Node> testNodes) {
        List<Map.Entry<Node, Node>> pairs = new ArrayList<>();
        Iterator<Node> test = testNodes.iterator();
        for (Node control : controlNodes) {
            if (!test.hasNext()) {
                break;
            }
            pairs.add(new AbstractMap.SimpleImmutableEntry<>(control, test.next()));
        }
        return pairs;
    }

    /** The nodes an edit may touch in one document: whole element subtrees, plus whitespace beside them. */
    private static final class Scope implements Predicate<Node> {
        private final Set<Node> elements = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Node> parents = Collections.newSetFromMap(new IdentityHashMap<>());

        static Scope resolve(Document document, List<ElementPath> paths, List<ElementPath> parentPaths, Path file) {
            Scope scope = new Scope();
            for (ElementPath path : paths) {
                Node element = path.resolve(document);
                if (element == null) {
                    throw new VerificationFailedException("verify-scope", file,
                            "the edited document has no element at " + path
                                    + "; nothing was written. Please report this as a bug");
                }
                scope.elements.add(element);
            }
            for (ElementPath parent : parentPaths) {
                Node element = parent.steps().isEmpty() ? document : parent.resolve(document);
                if (element != null) {
                    scope.parents.add(element);
                }
            }
            return scope;
        }

        /** Whether the comparison looks at this node; nodes of the other document always pass. */
        boolean keeps(Node node) {
            return !test(node);
        }

        @Override
        public boolean test(Node node) {
            if (node.getNodeType() == Node.TEXT_NODE && node.getNodeValue().isBlank()
                    && parents.contains(node.getParentNode())) {
                return true;
            }
            for (Node n = node; n != null; n = n.getParentNode()) {
                if (elements.contains(n)) {
                    return true;
                }
            }
            return false;
        }
    }
}
