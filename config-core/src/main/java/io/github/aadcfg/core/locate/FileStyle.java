package io.github.aadcfg.core.locate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dom4j.Element;
import org.dom4j.Node;

import io.github.aadcfg.core.read.SourceDocument;

/**
 * How a file is written, so that new content looks native to it: its newline, its indentation unit,
 * its usual quote character and whether it writes {@code <a />} or {@code <a/>}. Each is the dominant
 * choice in the file, with the seed's conventions as the fallback.
 *
 * @param newline          {@code "\r\n"} or {@code "\n"}
 * @param indentUnit       one level of indentation, e.g. four spaces or a tab
 * @param quote            {@code '"'} or {@code '\''}
 * @param selfClosingSpace whether empty elements are written with a space before {@code />}
 */
public record FileStyle(String newline, String indentUnit, char quote, boolean selfClosingSpace) {

    /** Reads the style of a parsed document. */
    public static FileStyle of(SourceDocument document) {
        String text = document.text();
        Survey survey = new Survey(text);
        survey.visit(document, document.root(), "");
        return new FileStyle(dominantNewline(text), survey.indentUnit(), survey.quote(), survey.selfClosingSpace());
    }

    /** The closing of an empty element in this style: {@code " />"} or {@code "/>"}. */
    public String selfClose() {
        return selfClosingSpace ? " />" : "/>";
    }

    private static String dominantNewline(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > 0 && crlf >= lf ? "\r\n" : "\n";
    }

    /** Counts the file's choices in one walk over the tree. */
    private static final class Survey {
        private final String text;
        private final Map<String, Integer> indentSteps = new HashMap<>();
        private int doubleQuotes;
        private int singleQuotes;
        private int spacedSelfClose;
        private int tightSelfClose;

        Survey(String text) {
            this.text = text;
        }

        void visit(SourceDocument document, Element element, String parentIndent) {
            NodeSpan span = document.span(element);
            boolean ownLine = Lines.startsLine(text, span.start());
            String indent = ownLine ? Lines.indentOfLine(text, span.start()) : null;
            if (indent != null && parentIndent != null && indent.length() > parentIndent.length()
                    && indent.startsWith(parentIndent)) {
                indentSteps.merge(indent.substring(parentIndent.length()), 1, Integer::sum);
            }
            StartTag tag = StartTag.scan(text, span.start(), span.startTagEnd());
            for (Attribute attribute : tag.attributes()) {
                if (attribute.quote() == '"') {
                    doubleQuotes++;
                } else {
                    singleQuotes++;
                }
            }
            if (tag.isSelfClosing()) {
                if (Character.isWhitespace(text.charAt(tag.closeStart() - 1))) {
                    spacedSelfClose++;
                } else {
                    tightSelfClose++;
                }
            }
            List<Node> children = element.content();
            for (Node child : children) {
                if (child instanceof Element childElement) {
                    visit(document, childElement, indent);
                }
            }
        }

        String indentUnit() {
            String best = "    ";
            int bestCount = 0;
            for (Map.Entry<String, Integer> step : indentSteps.entrySet()) {
                String unit = step.getKey();
                boolean uniform = unit.chars().allMatch(c -> c == unit.charAt(0));
                if (uniform && step.getValue() > bestCount) {
                    best = unit;
                    bestCount = step.getValue();
                }
            }
            return best;
        }

        char quote() {
            return singleQuotes > doubleQuotes ? '\'' : '"';
        }

        boolean selfClosingSpace() {
            return spacedSelfClose >= tightSelfClose && spacedSelfClose > 0;
        }
    }
}
