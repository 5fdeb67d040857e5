package io.github.aadcfg.core.internal.xdt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dom4j.Element;
import org.dom4j.Node;

import io.github.aadcfg.core.internal.io.FileReading;
import io.github.aadcfg.core.internal.patch.DocumentEditor;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.patch.XmlFragment;
import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.SourceParser;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.internal.xpath.SafeXPath;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.Severity;

/**
 * An XML-Document-Transform file ({@code Web.Release.config} style) applied as one edit, with the
 * semantics of Microsoft's engine: transforms run in document order; {@code Replace}, {@code Remove},
 * {@code CommentOut} and the inserts act on the first located element, {@code RemoveAll},
 * {@code SetAttributes} and {@code RemoveAttributes} on all; a transform that locates nothing is a
 * warning, except the inserts, whose parent (or XPath argument) must exist. The transform file is fully
 * validated when read, before any document is touched. Its XPaths read only the document, each evaluation
 * within a cost budget ({@link SafeXPath}).
 */
public final class ParsedTransform implements EditStep {
    private final Path file;
    private final SourceDocument transform;
    private final List<TransformStep> steps;
    private final List<Finding> warnings;

    private ParsedTransform(Path file, SourceDocument transform, TransformParser parsed) {
        this.file = file;
        this.transform = transform;
        this.steps = List.copyOf(parsed.steps());
        this.warnings = List.copyOf(parsed.warnings());
    }

    /** Reads and validates a transform file. */
    public static ParsedTransform read(Path file) {
        return parse(file, FileReading.readAll(file));
    }

    /** Parses and validates a transform file's bytes; {@code file} names it in messages. */
    public static ParsedTransform parse(Path file, byte[] bytes) {
        SourceDocument transform = SourceParser.parse(SourceDecoder.decode(file, bytes));
        return new ParsedTransform(file, transform, TransformParser.parse(transform));
    }

    /** The transforms, in the order they run. */
    public List<TransformStep> steps() {
        return steps;
    }

    /** Transforms apply to any XML document, as Microsoft's engine does. */
    @Override
    public boolean anyDocument() {
        return true;
    }

    @Override
    public String description() {
        return "transform " + file;
    }

    @Override
    public void applyTo(EditSession session) {
        warnings.forEach(session::warn);
        for (TransformStep step : steps) {
            apply(session, step);
        }
    }

    private void apply(EditSession session, TransformStep step) {
        switch (step.kind()) {
            case INSERT, INSERT_IF_MISSING, INSERT_BEFORE, INSERT_AFTER -> insert(session, step);
            default -> session.apply(editor -> {
                List<Element> targets = select(editor.document(), step.xpath(), step, editor.document().root());
                if (targets.isEmpty()) {
                    warn(session, step, "xdt-no-match", "No element in the source document matches '" + step.xpath() + "'");
                    return Patch.NONE;
                }
                List<Element> acted = step.kind().appliesToAllTargets() ? targets : targets.subList(0, 1);
                if (acted.size() < targets.size()) {
                    warn(session, step, "xdt-first-match-only", "Found multiple target elements, but the '"
                            + step.kind().xdtName() + "' Transform only applies to the first match");
                }
                Patch patch = Patch.NONE;
                for (Element target : acted) {
                    patch = patch.and(transformOne(editor, step, target));
                }
                warnUnmatchedArguments(session, step, acted);
                return patch;
            });
        }
    }

    private Patch transformOne(DocumentEditor editor, TransformStep step, Element target) {
        return switch (step.kind()) {
            case REPLACE -> editor.replace(target, content(step));
            case REMOVE, REMOVE_ALL -> editor.remove(target);
            case COMMENT_OUT -> commentOut(editor, step, target);
            case SET_ATTRIBUTES -> editor.setAttributes(target, transformAttributes(step));
            case REMOVE_ATTRIBUTES -> editor.removeAttributes(target, step.arguments());
            default -> throw new IllegalStateException("not a transform of located elements: " + step.kind());
        };
    }

    private void insert(EditSession session, TransformStep step) {
        session.apply(editor -> {
            SourceDocument document = editor.document();
            List<Element> parents = select(document, step.parentPath(), step, document.root());
            if (parents.isEmpty()) {
                throw error(step, "insert-no-parent", "No element in the source document matches '" + step.parentPath()
                        + "', so there is nothing to insert into");
            }
            Element parent = parents.get(0);
            XmlFragment content = content(step);
            return switch (step.kind()) {
                case INSERT -> editor.appendChild(parent, content);
                case INSERT_IF_MISSING -> select(document, step.xpath(), step, document.root()).isEmpty()
                        ? editor.appendChild(parent, content) : Patch.NONE;
                case INSERT_BEFORE -> editor.insertBefore(sibling(document, step, parent), content);
                default -> editor.insertAfter(sibling(document, step, parent), content);
            };
        });
    }

    private Element sibling(SourceDocument document, TransformStep step, Element parent) {
        String xpath = step.arguments().get(0);
        List<Node> found = selectNodes(document, xpath, step, parent);
        if (found.isEmpty()) {
            throw error(step, "insert-no-sibling", "the XPath '" + xpath + "' of " + step.kind().xdtName()
                    + " matches no element in the source document");
        }
        if (!(found.get(0) instanceof Element element) || element.getParent() == null) {
            throw error(step, "insert-bad-sibling", "the XPath '" + xpath + "' of " + step.kind().xdtName()
                    + " must select an element below the root, not " + found.get(0).getNodeTypeName().toLowerCase());
        }
        return element;
    }

    private Patch commentOut(DocumentEditor editor, TransformStep step, Element target) {
        NodeSpan span = editor.document().span(target);
        String markup = editor.document().text().substring(span.start(), span.end());
        if (markup.contains("--")) {
            throw error(step, "comment-out-dashes", "CommentOut cannot comment out an element containing '--', "
                    + "which a comment may not hold");
        }
        return editor.replaceText(target.getParent(), span.start(), span.end(), "<!--" + markup + "-->");
    }

    /** The attributes SetAttributes copies: all of the transform element's own, or those named as arguments. */
    private static Map<String, String> transformAttributes(TransformStep step) {
        Map<String, String> values = new LinkedHashMap<>();
        for (org.dom4j.Attribute attribute : step.element().attributes()) {
            boolean named = step.arguments().isEmpty() || step.arguments().contains(attribute.getQualifiedName());
            if (!TransformParser.XDT_NAMESPACE.equals(attribute.getNamespaceURI()) && named) {
                values.put(attribute.getQualifiedName(), attribute.getValue());
            }
        }
        return values;
    }

    /**
     * Microsoft's warnings about arguments: SetAttributes names an attribute the transform element lacks;
     * RemoveAttributes, for each located element, names an attribute it lacks, or none it has.
     */
    private void warnUnmatchedArguments(EditSession session, TransformStep step, List<Element> targets) {
        List<String> names = step.arguments().stream().distinct().toList();
        if (step.kind() == TransformKind.SET_ATTRIBUTES) {
            names.stream().filter(name -> step.element().attributeValue(name) == null)
                    .forEach(name -> warnUnmatched(session, step, name));
        } else if (step.kind() == TransformKind.REMOVE_ATTRIBUTES) {
            for (Element target : targets) {
                List<String> lacking = names.stream().filter(name -> target.attribute(name) == null).toList();
                lacking.forEach(name -> warnUnmatched(session, step, name));
                if (lacking.size() == names.size()) {
                    warn(session, step, "xdt-no-attributes-removed", "No attributes found to remove");
                }
            }
        }
    }

    private void warnUnmatched(EditSession session, TransformStep step, String name) {
        warn(session, step, "xdt-argument-unmatched", "Argument '" + name + "' did not match any attributes");
    }

    private XmlFragment content(TransformStep step) {
        return XmlFragment.parse(TransformContent.markup(transform, step.element()));
    }

    private List<Element> select(SourceDocument document, String xpath, TransformStep step, Node context) {
        List<Element> elements = new ArrayList<>();
        for (Node node : selectNodes(document, xpath, step, context)) {
            if (!(node instanceof Element element)) {
                throw error(step, "xpath-not-element", "the XPath '" + xpath + "' selects " + node.getNodeTypeName()
                        .toLowerCase() + " nodes; transforms act on elements");
            }
            elements.add(element);
        }
        return elements;
    }

    private List<Node> selectNodes(SourceDocument document, String xpath, TransformStep step, Node context) {
        try {
            return SafeXPath.compile(xpath).selectNodes(document, context);
        } catch (AadcfgException e) {
            throw error(step, e.code(), e.reason());
        }
    }

    private void warn(EditSession session, TransformStep step, String code, String message) {
        session.warn(new Finding(code, Severity.WARNING, file.getFileName() + ":" + step.line() + ":" + step.column()
                + ": " + message, step.line(), file));
    }

    private AadcfgException error(TransformStep step, String code, String message) {
        return new AadcfgException(Category.BAD_DATA, code, file, step.line(), step.column(), message, null);
    }
}
