package io.github.aadcfg.core.internal.tree;

import java.util.List;

import org.dom4j.Attribute;
import org.dom4j.Branch;
import org.dom4j.Element;
import org.dom4j.Node;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that two parsed states are the same tree with the same spans, node for node. */
public final class SameTree {
    private SameTree() {
    }

    /** {@code incremental} (the state an edit session reached) equals a full parse of its own text. */
    public static void assertMatchesFullParse(SourceDocument incremental) {
        SourceDocument full = SourceParser.parse(incremental.source());
        assertThat(incremental.text()).isEqualTo(full.text());
        assertSame(incremental, full, incremental.tree().content(), full.tree().content(), "/");
        assertThat(incremental.nodeCount()).as("node count").isEqualTo(full.nodeCount());
    }

    private static void assertSame(SourceDocument a, SourceDocument b, List<Node> left, List<Node> right,
            String where) {
        assertThat(left).as("children of %s", where).hasSameSizeAs(right);
        for (int i = 0; i < left.size(); i++) {
            Node l = left.get(i);
            Node r = right.get(i);
            String at = where + "[" + i + "]";
            assertThat(l.getNodeType()).as("node type at %s", at).isEqualTo(r.getNodeType());
            if (l.getNodeType() == Node.NAMESPACE_NODE) {
                assertThat(l).as("namespace at %s", at).isEqualTo(r);
                continue;
            }
            assertThat(a.span(l).toString() + a.span(l).startTagEnd() + "/" + a.span(l).endTagStart())
                    .as("span at %s", at)
                    .isEqualTo(b.span(r).toString() + b.span(r).startTagEnd() + "/" + b.span(r).endTagStart());
            if (l instanceof Element le) {
                Element re = (Element) r;
                assertThat(le.getQualifiedName() + " " + le.getNamespaceURI()).as("name at %s", at)
                        .isEqualTo(re.getQualifiedName() + " " + re.getNamespaceURI());
                assertThat(le.attributeCount()).as("attributes at %s", at).isEqualTo(re.attributeCount());
                for (int k = 0; k < le.attributeCount(); k++) {
                    Attribute la = le.attribute(k);
                    Attribute ra = re.attribute(k);
                    assertThat(la.getQualifiedName() + "=" + la.getValue()).as("attribute at %s", at)
                            .isEqualTo(ra.getQualifiedName() + "=" + ra.getValue());
                }
                Branch parent = le.getParent() != null ? le.getParent() : le.getDocument();
                assertThat(parent.indexOf(le)).as("parent link at %s", at).isNotNegative();
                assertSame(a, b, le.content(), re.content(), at + "/" + le.getName());
            } else {
                assertThat(l.getText()).as("text at %s", at).isEqualTo(r.getText());
            }
        }
    }
}
