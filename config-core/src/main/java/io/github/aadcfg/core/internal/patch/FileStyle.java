package io.github.aadcfg.core.internal.patch;

import java.util.HashMap;
import java.util.Map;

import org.dom4j.Element;

import io.github.aadcfg.core.internal.text.Lines;
import io.github.aadcfg.core.internal.tree.Children;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.SourceDocument;

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
        survey.visit(document, document.root(), 0, 0);
        return new FileStyle(dominantNewline(text), survey.indentUnit(), survey.quote(), survey.selfClosingSpace());
    }

    /** The closing of an empty element in this style: {@code " />"} or {@code "/>"}. */
    public String selfClose() {
        return selfClosingSpace ? " />" : "/>";
    }

    private static String dominantNewline(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > 0 && crlf >= lf ? "\r\n" : "\n";
    }

    /** Counts the file's choices in one walk over the tree. */
    private static final class Survey {
        private static final int STEPS = 16;
        private static final String[] SPACES = steps(' ');
        private static final String[] TABS = steps('\t');
        private final String text;
        private final Map<String, Integer> indentSteps = new HashMap<>();
        private int doubleQuotes;
        private int singleQuotes;
        private int spacedSelfClose;
        private int tightSelfClose;

        Survey(String text) {
            this.text = text;
        }

        private static String[] steps(char c) {
            String[] steps = new String[STEPS + 1];
            for (int i = 0; i <= STEPS; i++) {
                steps[i] = String.valueOf(c).repeat(i);
            }
            return steps;
        }

        /**
         * Surveys {@code element} and its descendants. An indentation is a range of the text: the spaces and
         * tabs before an element that starts its line; {@code parentIndentLength} is -1 when the parent does
         * not start its line.
         */
        void visit(SourceDocument document, Element element, int parentIndentStart, int parentIndentLength) {
            NodeSpan span = document.span(element);
            int start = span.start();
            int indentStart = -1;
            int indentLength = -1;
            if (Lines.startsLine(text, start)) {
                indentStart = Lines.lineStart(text, start);
                indentLength = start - indentStart;
                if (parentIndentLength >= 0 && indentLength > parentIndentLength
                        && text.regionMatches(indentStart, text, parentIndentStart, parentIndentLength)) {
                    countStep(indentStart + parentIndentLength, start);
                }
            }
            surveyTag(start, span.startTagEnd());
            for (Element child : Children.elements(element)) {
                visit(document, child, indentStart, indentLength);
            }
        }

        /** Counts one indentation step, {@code text[from, to)}, if it is all spaces or all tabs. */
        private void countStep(int from, int to) {
            char first = text.charAt(from);
            for (int i = from + 1; i < to; i++) {
                if (text.charAt(i) != first) {
                    return; // a mixed step is never chosen as the unit
                }
            }
            int length = to - from;
            String step = length <= STEPS && first == ' ' ? SPACES[length]
                    : length <= STEPS && first == '\t' ? TABS[length] : text.substring(from, to);
            indentSteps.merge(step, 1, Integer::sum);
        }

        /** Counts the quotes of a start tag's attributes and how it closes, without building the attributes. */
        private void surveyTag(int start, int end) {
            for (int equals = text.indexOf('=', start); equals >= 0 && equals < end; ) {
                int quote = equals + 1;
                while (text.charAt(quote) != '"' && text.charAt(quote) != '\'') {
                    quote++; // whitespace between = and the value
                }
                char c = text.charAt(quote);
                if (c == '"') {
                    doubleQuotes++;
                } else {
                    singleQuotes++;
                }
                equals = text.indexOf('=', text.indexOf(c, quote + 1) + 1);
            }
            if (text.charAt(end - 2) == '/') {
                if (Character.isWhitespace(text.charAt(end - 3))) {
                    spacedSelfClose++;
                } else {
                    tightSelfClose++;
                }
            }
        }

        String indentUnit() {
            String best = "    ";
            int bestCount = 0;
            for (Map.Entry<String, Integer> step : indentSteps.entrySet()) {
                if (step.getValue() > bestCount) {
                    best = step.getKey();
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
