package io.github.aadcfg.core.dotnet;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes an XDT transform file, element by element, indented by two spaces: the root declares the
 * {@code xdt} prefix, and an element whose namespace is not the one its name's prefix has in scope declares
 * it, so that each element of the transform names the same element as in the config it was taken from.
 */
final class TransformWriter {
    static final String XDT = "http://schemas.microsoft.com/XML-Document-Transform";

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private final Deque<String> open = new ArrayDeque<>();

    TransformWriter() {
        scopes.push(Map.of("", ""));
    }

    /** Opens an element; {@code attributes} are written in their map's order. */
    TransformWriter start(String qualifiedName, String namespace, Map<String, String> attributes) {
        tag(qualifiedName, namespace, attributes);
        out.append(">\n");
        open.push(qualifiedName);
        return this;
    }

    /** Writes an element without content. */
    TransformWriter empty(String qualifiedName, String namespace, Map<String, String> attributes) {
        tag(qualifiedName, namespace, attributes);
        scopes.pop();
        out.append(" />\n");
        return this;
    }

    /** Closes the innermost open element. */
    TransformWriter end() {
        scopes.pop();
        out.append("  ".repeat(open.size() - 1)).append("</").append(open.pop()).append(">\n");
        return this;
    }

    /** The file, with every open element closed. */
    String text() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString();
    }

    private void tag(String qualifiedName, String namespace, Map<String, String> attributes) {
        out.append("  ".repeat(open.size())).append('<').append(qualifiedName);
        if (open.isEmpty()) {
            out.append(" xmlns:xdt=\"").append(XDT).append('"');
        }
        Map<String, String> scope = new HashMap<>(scopes.peek());
        int colon = qualifiedName.indexOf(':');
        String prefix = colon < 0 ? "" : qualifiedName.substring(0, colon);
        if (!namespace.equals(scope.get(prefix))) {
            out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"").append(escape(namespace))
                    .append('"');
            scope.put(prefix, namespace);
        }
        scopes.push(scope);
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(escape(value))
                .append('"'));
    }

    /** An attribute value as written between double quotes, every character read back as it is. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '"' -> escaped.append("&quot;");
                case '\t' -> escaped.append("&#9;");
                case '\n' -> escaped.append("&#10;");
                case '\r' -> escaped.append("&#13;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
