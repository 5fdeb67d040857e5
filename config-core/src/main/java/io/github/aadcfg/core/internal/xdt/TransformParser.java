package io.github.aadcfg.core.internal.xdt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.QName;

import io.github.aadcfg.core.internal.tree.Children;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.StartTag;
import io.github.aadcfg.core.internal.xpath.SafeXPath;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.Severity;

/**
 * Reads a transform file into {@link TransformStep}s, in document order. Each element's XPath is its
 * parent's XPath plus a step for its name, narrowed by {@code xdt:Locator}: {@code Match(attributes)}
 * adds equality tests on the element's own attribute values, {@code Condition(predicate)} adds the
 * predicate, {@code XPath(expression)} replaces the path. Children of an element whose transform inserts
 * or replaces it are its content, not further transforms. Every XPath is checked as a {@link SafeXPath}
 * where it is written: one calling anything but the XPath 1.0 core functions, or naming a variable, is
 * refused with the line and column of its attribute, before any document is read.
 */
final class TransformParser {
    static final String XDT_NAMESPACE = "http://schemas.microsoft.com/XML-Document-Transform";

    private final SourceDocument transform;
    private final List<TransformStep> steps = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private final List<AadcfgException> errors = new ArrayList<>();

    private TransformParser(SourceDocument transform) {
        this.transform = transform;
    }

    /**
     * The steps of a parsed transform file, and warnings about it (e.g. unknown xdt attributes).
     *
     * @throws AadcfgException {@code BAD_DATA} naming every invalid transform, locator and import of the file,
     *                         each at the line:column of its attribute (the first one's is the error's)
     */
    static TransformParser parse(SourceDocument transform) {
        TransformParser parser = new TransformParser(transform);
        parser.walk(transform.root(), "");
        if (!parser.errors.isEmpty()) {
            throw parser.allErrors();
        }
        return parser;
    }

    /** One error for all: the first, and the others after it with where they are. */
    private AadcfgException allErrors() {
        AadcfgException first = errors.get(0);
        if (errors.size() == 1) {
            return first;
        }
        StringBuilder message = new StringBuilder(first.reason()).append("; and ").append(errors.size() - 1)
                .append(errors.size() == 2 ? " more error:" : " more errors:");
        for (AadcfgException other : errors.subList(1, errors.size())) {
            message.append(' ').append(other.line()).append(':').append(other.column()).append(": ")
                    .append(other.reason()).append(" (").append(other.code()).append(");");
        }
        message.setLength(message.length() - 1);
        return new AadcfgException(Category.BAD_DATA, first.code(), first.file(), first.line(), first.column(),
                message.toString(), null);
    }

    List<TransformStep> steps() {
        return steps;
    }

    List<Finding> warnings() {
        return warnings;
    }

    private void walk(Element element, String parentPath) {
        if (XDT_NAMESPACE.equals(element.getNamespaceURI()) && element.getName().equals("Import")) {
            errors.add(error(element, null, "xdt-import-refused", "xdt:Import would load transforms from an assembly; "
                    + "aadcfg runs only the built-in transforms and loads nothing: remove the import and its transforms"));
            return;
        }
        String path;
        try {
            path = locate(element, parentPath);
        } catch (AadcfgException e) {
            errors.add(e);
            return; // what lies below is located from this element's path: nothing to check there
        }
        Attribute transformAttribute = xdtAttribute(element, "Transform");
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getName();
            if (XDT_NAMESPACE.equals(attribute.getNamespaceURI()) && !name.equals("Transform")
                    && !name.equals("Locator") && !name.equals("SupressWarnings")) {
                warnings.add(new Finding("xdt-unknown-attribute", Severity.WARNING, where(element)
                        + "unknown XDT attribute '" + attribute.getQualifiedName() + "' is ignored", line(element),
                        transform.file()));
            }
        }
        if (transformAttribute != null) {
            try {
                TransformStep step = step(element, transformAttribute.getValue(), path, parentPath);
                steps.add(step);
                if (step.kind().ownsChildren()) {
                    return;
                }
            } catch (AadcfgException e) {
                errors.add(e);
            }
        }
        for (Element child : element.elements()) {
            walk(child, path);
        }
    }

    private TransformStep step(Element element, String value, String path, String parentPath) {
        Arguments call = Arguments.parse(value);
        if (call == null) {
            throw error(element, "Transform", "bad-transform", "xdt:Transform=\"" + value + "\" is not of the form Name or Name(arguments)");
        }
        Optional<TransformKind> kind = TransformKind.named(call.name());
        if (kind.isEmpty()) {
            throw error(element, "Transform", "unknown-transform", "unknown transform '" + call.name() + "'; expected one of Replace, "
                    + "Insert, InsertIfMissing, InsertBefore, InsertAfter, Remove, RemoveAll, RemoveAttributes, "
                    + "SetAttributes, CommentOut");
        }
        List<String> arguments = call.split();
        TransformKind transform = kind.get();
        if (arguments.size() < transform.minArguments()) {
            throw error(element, "Transform", "missing-argument", transform.xdtName() + " requires "
                    + (transform.isInsertion() ? "an XPath argument, e.g. " + transform.xdtName() + "(/configuration/appSettings)"
                            : "at least one attribute name argument"));
        }
        if (arguments.size() > transform.maxArguments()) {
            if (transform.maxArguments() == 0) {
                warnings.add(new Finding("xdt-unexpected-arguments", Severity.WARNING, where(element) + transform.xdtName()
                        + " does not expect arguments; '" + call.raw() + "' is ignored", line(element),
                        this.transform.file()));
                arguments = List.of();
            } else {
                throw error(element, "Transform", "too-many-arguments", transform.xdtName() + " takes only one argument, got "
                        + arguments.size() + ": " + call.raw());
            }
        }
        Attribute transformAttribute = xdtAttribute(element, "Transform");
        requireXPath(element, transformAttribute, path);
        if (transform.isInsertion() && transform.minArguments() > 0) {
            requireXPath(element, transformAttribute, arguments.get(0));
        }
        return new TransformStep(path, parentPath, transform, arguments, element, line(element), column(element));
    }

    /** Checks an XPath written in (or composed from) {@code attribute}; errors point at the attribute. */
    private void requireXPath(Element element, Attribute attribute, String xpath) {
        try {
            SafeXPath.compile(xpath);
        } catch (AadcfgException e) {
            throw errorAt(element, attribute, e.code().equals("invalid-xpath") ? "bad-xpath" : e.code(), e.reason());
        }
    }

    /** The element's XPath: parent path plus its name step, narrowed by its locator. */
    private String locate(Element element, String parentPath) {
        String path = parentPath + "/" + nameTest(element.getQName());
        Attribute locator = xdtAttribute(element, "Locator");
        if (locator == null) {
            return path;
        }
        String narrowed = narrow(element, path, locator);
        requireXPath(element, locator, narrowed);
        return narrowed;
    }

    /** The path narrowed by the locator. */
    private String narrow(Element element, String path, Attribute locator) {
        Arguments call = Arguments.parse(locator.getValue());
        if (call == null) {
            throw error(element, "Locator", "bad-locator", "xdt:Locator=\"" + locator.getValue() + "\" is not of the form Name(arguments)");
        }
        switch (call.name()) {
            case "Match" -> {
                List<String> names = call.split();
                if (names.isEmpty()) {
                    throw error(element, "Locator", "missing-argument", "Match requires at least one attribute name, e.g. Match(key)");
                }
                List<String> tests = new ArrayList<>();
                for (String name : names) {
                    String value = element.attributeValue(name);
                    if (value == null) {
                        throw error(element, "Locator", "match-attribute-missing", "Match(" + name + ") needs the attribute '" + name
                                + "' on this element, to match its value");
                    }
                    tests.add("@" + name + "=" + literal(value));
                }
                return path + "[" + String.join(" and ", tests) + "]";
            }
            case "Condition" -> {
                requireArgument(element, call);
                return path + "[" + call.raw().strip() + "]";
            }
            case "XPath" -> {
                requireArgument(element, call);
                return call.raw().strip();
            }
            default -> throw error(element, "Locator", "unknown-locator", "unknown locator '" + call.name()
                    + "'; expected Match, Condition or XPath");
        }
    }

    private void requireArgument(Element element, Arguments call) {
        if (!call.hasArguments()) {
            throw error(element, "Locator", "missing-argument", call.name() + " requires an argument, e.g. " + call.name() + "(@name='x')");
        }
    }

    /** An XPath name test for a qualified name: plain for no namespace, by local name and URI otherwise. */
    private static String nameTest(QName name) {
        if (name.getNamespaceURI().isEmpty()) {
            return name.getName();
        }
        return "*[local-name()=" + literal(name.getName()) + " and namespace-uri()=" + literal(name.getNamespaceURI()) + "]";
    }

    /** An XPath 1.0 string literal for any value. */
    static String literal(String value) {
        if (!value.contains("'")) {
            return "'" + value + "'";
        }
        if (!value.contains("\"")) {
            return "\"" + value + "\"";
        }
        return "concat('" + value.replace("'", "', \"'\", '") + "')";
    }

    static Attribute xdtAttribute(Element element, String name) {
        return element.attribute(QName.get(name, "xdt", XDT_NAMESPACE));
    }

    /** An error at the xdt attribute {@code attributeName} of {@code element}, or at the element for {@code null}. */
    private AadcfgException error(Element element, String attributeName, String code, String message) {
        Attribute attribute = attributeName == null ? null : xdtAttribute(element, attributeName);
        if (attribute == null) {
            return new AadcfgException(Category.BAD_DATA, code, transform.file(), line(element), column(element),
                    message, null);
        }
        return errorAt(element, attribute, code, message);
    }

    private AadcfgException errorAt(Element element, Attribute attribute, String code, String message) {
        int offset = StartTag.scan(transform.text(), transform.span(element).start())
                .attribute(attribute.getQualifiedName()).orElseThrow().start();
        return new AadcfgException(Category.BAD_DATA, code, transform.file(), transform.source().lineOf(offset),
                transform.source().columnOf(offset), message, null);
    }

    private String where(Element element) {
        return transform.file().getFileName() + ":" + line(element) + ":" + column(element) + ": ";
    }

    private int line(Element element) {
        return transform.lineOf(element);
    }

    private int column(Element element) {
        return transform.source().columnOf(transform.span(element).start());
    }
}
