package io.github.aadcfg.core.internal.patch;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element to create, built in code: {@code NewElement.named("proxy").attribute("proxyaddress", url)}.
 * Renders with the file's quote character, self-closing style, indentation unit and newline.
 */
public final class NewElement implements Fragment {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<NewElement> children = new ArrayList<>();

    private NewElement(String name) {
        this.name = name;
    }

    /** Starts an element with the given name. */
    public static NewElement named(String name) {
        return new NewElement(name);
    }

    /** Adds (or replaces) an attribute; attributes render in the order first added. */
    public NewElement attribute(String attributeName, String value) {
        attributes.put(attributeName, value);
        return this;
    }

    /** Adds a child element. */
    public NewElement child(NewElement child) {
        children.add(child);
        return this;
    }

    /** The element's name. */
    public String name() {
        return name;
    }

    /** The attributes in render order. */
    public Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public List<String> topLevelNames() {
        return List.of(name);
    }

    @Override
    public String render(FileStyle style, String indent, Charset charset) {
        StringBuilder out = new StringBuilder();
        render(out, style, indent, charset);
        return out.toString();
    }

    private void render(StringBuilder out, FileStyle style, String indent, Charset charset) {
        out.append('<').append(name);
        attributes.forEach((attributeName, value) -> out.append(' ').append(attributeName).append('=')
                .append(style.quote()).append(Markup.attributeValue(value, style.quote(), charset))
                .append(style.quote()));
        if (children.isEmpty()) {
            out.append(style.selfClose());
            return;
        }
        out.append('>');
        String childIndent = indent + style.indentUnit();
        for (NewElement child : children) {
            out.append(style.newline()).append(childIndent);
            child.render(out, style, childIndent, charset);
        }
        out.append(style.newline()).append(indent).append("</").append(name).append('>');
    }
}
