package io.github.aadcfg.core.dotnet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dom4j.Element;

import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.internal.tree.Attribute;
import io.github.aadcfg.core.internal.tree.Children;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.StartTag;

/**
 * XDT transforms generated from what a config holds, for the differential against Microsoft's engine. On the
 * first and the last element below a section that has an attribute to match on (its key, outside
 * {@code configSections}): every transform kind but {@code CommentOut} (which Microsoft's engine does not have),
 * located by {@code Match(key)}, and {@code SetAttributes} also by {@code Condition} and {@code XPath}; the same
 * on a target that is not there; inserts of each kind into its parent, into a parent that is not there and
 * before a sibling that is not there. On the first three elements whose attributes stand one per line: a new
 * attribute, and removing the first, a middle and the last attribute. On a {@code <configuration>}:
 * {@code <system.net>} inserted if missing.
 */
final class XdtCases {
    private static final String ABSENT = "aadcfg-absent";
    private static final String ADDED = "aadcfgAdded";
    private static final int LAYOUT_ELEMENTS = 3;

    /** One generated transform of one config; {@code name} says what it does and where. */
    record XdtCase(Path config, String name, String transform) {
        /** The config, relative to testdata, and the case's name. */
        String id() {
            return Testdata.ROOT.relativize(config) + " " + name;
        }
    }

    private final Path config;
    private final SourceDocument document;
    private final List<XdtCase> cases = new ArrayList<>();

    private XdtCases(Path config) {
        this.config = config;
        this.document = Testdata.parse(config, Testdata.read(config));
    }

    /** The transforms generated from {@code config}'s content. */
    static List<XdtCase> of(Path config) {
        XdtCases generator = new XdtCases(config);
        generator.generate();
        return generator.cases;
    }

    private void generate() {
        List<Element> elements = new ArrayList<>();
        collect(document.root(), elements);
        List<Element> keyed = elements.stream().filter(e -> depth(e) >= 2 && key(e) != null && !inConfigSections(e))
                .toList();
        if (!keyed.isEmpty()) {
            keyedCases(keyed.get(0));
            if (keyed.size() > 1) {
                keyedCases(keyed.get(keyed.size() - 1));
            }
        }
        elements.stream().filter(this::oneAttributePerLine).limit(LAYOUT_ELEMENTS).forEach(this::layoutCases);
        if (document.root().getName().equals("configuration")) {
            Element root = document.root();
            add("system.net InsertIfMissing", root, w -> w.start("system.net", root.getNamespaceURI(),
                    attributes("xdt:Transform", "InsertIfMissing")).empty("defaultProxy", root.getNamespaceURI(),
                            attributes("useDefaultCredentials", "true")).end());
        }
    }

    /** Every transform and locator on {@code element}, located by its key attribute, and inserts beside it. */
    private void keyedCases(Element element) {
        String key = key(element);
        String value = element.attributeValue(key);
        String other = otherAttribute(element, key);
        Element parent = element.getParent();
        String label = label(element) + " ";
        String match = "Match(" + key + ")";
        String changed = other == null ? ADDED : other;
        on(label + "SetAttributes(" + changed + ") " + match, element, key, value, changed, "aadcfg-set",
                "xdt:Transform", "SetAttributes(" + changed + ")", "xdt:Locator", match);
        on(label + "SetAttributes " + match, element, key, value, ADDED, "yes", "xdt:Transform", "SetAttributes",
                "xdt:Locator", match);
        if (other != null) {
            on(label + "RemoveAttributes(" + other + ") " + match, element, key, value,
                    "xdt:Transform", "RemoveAttributes(" + other + ")", "xdt:Locator", match);
        }
        if (other != null) {
            on(label + "RemoveAttributes(" + key + "," + other + ") " + match, element, key, value,
                    "xdt:Transform", "RemoveAttributes(" + key + "," + other + ")", "xdt:Locator", match);
        }
        on(label + "RemoveAttributes(" + key + ") " + match, element, key, value,
                "xdt:Transform", "RemoveAttributes(" + key + ")", "xdt:Locator", match);
        on(label + "RemoveAttributes(aadcfgAbsent) " + match, element, key, value,
                "xdt:Transform", "RemoveAttributes(aadcfgAbsent)", "xdt:Locator", match);
        on(label + "SetAttributes Condition", element, ADDED, "yes", "xdt:Transform", "SetAttributes",
                "xdt:Locator", "Condition(@" + key + "='" + value + "')");
        on(label + "SetAttributes XPath", element, ADDED, "yes", "xdt:Transform", "SetAttributes",
                "xdt:Locator", "XPath(" + xpath(element) + ")");
        on(label + "Replace " + match, element, key, value, "aadcfgReplaced", "yes", "xdt:Transform", "Replace",
                "xdt:Locator", match);
        on(label + "Remove " + match, element, key, value, "xdt:Transform", "Remove", "xdt:Locator", match);
        on(label + "RemoveAll", element, "xdt:Transform", "RemoveAll");
        on(label + "InsertIfMissing " + match + " present", element, key, value,
                "xdt:Transform", "InsertIfMissing", "xdt:Locator", match);
        on(label + "InsertIfMissing " + match + " missing", element, key, "aadcfg-new",
                "xdt:Transform", "InsertIfMissing", "xdt:Locator", match);
        on(label + "Insert", element, key, "aadcfg-inserted", "xdt:Transform", "Insert");
        on(label + "InsertBefore(first)", element, key, "aadcfg-before",
                "xdt:Transform", "InsertBefore(" + xpath(Children.elements(parent).get(0)) + ")");
        on(label + "InsertAfter(*[last()])", element, key, "aadcfg-after", "xdt:Transform", "InsertAfter(*[last()])");

        on(label + "SetAttributes " + match + " missing", element, key, ABSENT, ADDED, "yes",
                "xdt:Transform", "SetAttributes", "xdt:Locator", match);
        on(label + "Replace " + match + " missing", element, key, ABSENT, "xdt:Transform", "Replace",
                "xdt:Locator", match);
        on(label + "RemoveAll Condition missing", element, "xdt:Transform", "RemoveAll",
                "xdt:Locator", "Condition(@" + key + "='" + ABSENT + "')");
        String absent = sibling(element, "aadcfgAbsent");
        add(label + "Remove missing", parent, w -> w.empty(absent, element.getNamespaceURI(),
                attributes("xdt:Transform", "Remove")));
        add(label + "Insert into missing parent", parent, w -> w.start(absent, element.getNamespaceURI(), Map.of())
                .empty(element.getQualifiedName(), element.getNamespaceURI(), attributes("xdt:Transform", "Insert")));
        on(label + "InsertBefore(missing)", element, key, "aadcfg-before",
                "xdt:Transform", "InsertBefore(/" + document.root().getQualifiedName() + "/aadcfgAbsent)");
    }

    /** A new attribute on an element whose attributes stand one per line, and its first, a middle and its last removed. */
    private void layoutCases(Element element) {
        List<String> names = attributeNames(element);
        String label = label(element) + " one attribute per line: ";
        String locator = "XPath(" + xpath(element) + ")";
        on(label + "SetAttributes new", element, ADDED, "yes", "xdt:Transform", "SetAttributes",
                "xdt:Locator", locator);
        List<String> removed = new ArrayList<>(List.of(names.get(0), names.get(names.size() - 1)));
        if (names.size() > 2) {
            removed.add(1, names.get(names.size() / 2));
        }
        for (String name : removed) {
            on(label + "RemoveAttributes(" + name + ")", element, "xdt:Transform", "RemoveAttributes(" + name + ")",
                    "xdt:Locator", locator);
        }
    }

    /** A case of one empty transform element named like {@code element}, where it stands. */
    private void on(String name, Element element, String... attributes) {
        add(name, element.getParent(), w -> w.empty(element.getQualifiedName(), element.getNamespaceURI(),
                attributes(attributes)));
    }

    /** A case whose transform elements {@code inside} writes within {@code parent} and its ancestors. */
    private void add(String name, Element parent, Consumer<TransformWriter> inside) {
        List<Element> chain = new ArrayList<>();
        for (Element e = parent; e != null; e = e.getParent()) {
            chain.add(0, e);
        }
        TransformWriter writer = new TransformWriter();
        chain.forEach(e -> writer.start(e.getQualifiedName(), e.getNamespaceURI(), Map.of()));
        inside.accept(writer);
        cases.add(new XdtCase(config, name, writer.text()));
    }

    /** The qualified name of an element named {@code localName} in {@code element}'s namespace, with its prefix. */
    private static String sibling(Element element, String localName) {
        String prefix = element.getNamespacePrefix();
        return prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    private static void collect(Element element, List<Element> elements) {
        for (Element child : Children.elements(element)) {
            elements.add(child);
            collect(child, elements);
        }
    }

    private static int depth(Element element) {
        int depth = 0;
        for (Element e = element.getParent(); e != null; e = e.getParent()) {
            depth++;
        }
        return depth;
    }

    private static boolean inConfigSections(Element element) {
        for (Element e = element; e != null; e = e.getParent()) {
            if (e.getName().equals("configSections")) {
                return true;
            }
        }
        return false;
    }

    /** The element's attributes in source order, without namespace declarations and prefixed names. */
    private List<String> attributeNames(Element element) {
        return attributes(element).stream().map(Attribute::name).toList();
    }

    private List<Attribute> attributes(Element element) {
        return StartTag.scan(document.text(), document.span(element).start()).attributes().stream()
                .filter(a -> !a.name().contains(":") && !a.name().equals("xmlns")).toList();
    }

    /** The first attribute whose value can be written in an XPath literal, or {@code null}. */
    private String key(Element element) {
        return attributeNames(element).stream().filter(name -> !element.attributeValue(name).contains("'")
                && !element.attributeValue(name).contains("\"")).findFirst().orElse(null);
    }

    /** The last attribute other than {@code key}, or {@code null}. */
    private String otherAttribute(Element element, String key) {
        List<String> names = attributeNames(element).stream().filter(name -> !name.equals(key)).toList();
        return names.isEmpty() ? null : names.get(names.size() - 1);
    }

    private boolean oneAttributePerLine(Element element) {
        List<Attribute> attributes = attributes(element);
        return attributes.size() >= 2 && attributes.stream().skip(1).allMatch(Attribute::onOwnLine);
    }

    /** The element's path for messages: names, with a position where siblings share the name. */
    private static String label(Element element) {
        StringBuilder label = new StringBuilder();
        for (Element e = element; e != null; e = e.getParent()) {
            int position = position(e);
            boolean shared = e.getParent() != null && e.getParent().elements(e.getQName()).size() > 1;
            label.insert(0, "/" + e.getQualifiedName() + (shared ? "[" + position + "]" : ""));
        }
        return label.toString();
    }

    /** An absolute XPath selecting exactly {@code element}, by name and position at each step. */
    private static String xpath(Element element) {
        StringBuilder path = new StringBuilder();
        for (Element e = element; e != null; e = e.getParent()) {
            String test = e.getNamespaceURI().isEmpty() ? e.getName() : "*[local-name()='" + e.getName()
                    + "' and namespace-uri()='" + e.getNamespaceURI() + "']";
            path.insert(0, "/" + test + "[" + position(e) + "]");
        }
        return path.toString();
    }

    private static int position(Element element) {
        return element.getParent() == null ? 1 : element.getParent().elements(element.getQName()).indexOf(element) + 1;
    }
}
