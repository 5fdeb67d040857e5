package io.github.aadcfg.core.internal.patch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dom4j.Element;

import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.SourceParser;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Markup given as text, e.g. by a user or a transform file. It is checked to be well-formed (one or
 * more elements, no DTD) and re-indented on insertion: lines that start a node keep their nesting
 * relative to each other, with the fragment's own indentation unit replaced by the file's; lines that
 * continue a tag or comment (attributes one per line) keep their alignment under the line they continue.
 */
public final class XmlFragment implements Fragment {
    private static final String WRAPPER = "aadcfg-fragment";
    private static final int TAB_WIDTH = 4;

    /**
     * One line: its text after the leading whitespace, the width of that whitespace, and for a line that
     * continues a tag or comment, the index of the line it continues (else -1).
     */
    private record Line(String content, int width, int continues) {
        boolean blank() {
            return content.isEmpty();
        }
    }

    private final List<Line> lines;
    private final String verbatim;
    private final List<String> topLevelNames;

    private XmlFragment(List<Line> lines, String verbatim, List<String> topLevelNames) {
        this.lines = lines;
        this.verbatim = verbatim;
        this.topLevelNames = topLevelNames;
    }

    /**
     * A fragment inserted exactly as given, without re-indenting; for markup taken from the same file
     * (e.g. a section restored from a backup).
     */
    public static XmlFragment verbatim(String markup) {
        return new XmlFragment(List.of(), markup, topLevelNames(markup));
    }

    /**
     * Parses a fragment. Leading whitespace before the first element counts as that line's indentation,
     * so markup cut out of a file keeps its layout.
     *
     * @throws AadcfgException when the text is not well-formed markup with at least one element
     */
    public static XmlFragment parse(String markup) {
        String trimmed = markup.stripTrailing();
        int firstLine = Math.max(trimmed.lastIndexOf('\n', indexOfNonBlank(trimmed)) + 1, 0);
        return new XmlFragment(lines(trimmed.substring(firstLine)), null, topLevelNames(trimmed));
    }

    @Override
    public List<String> topLevelNames() {
        return topLevelNames;
    }

    @Override
    public String render(FileStyle style, String indent, Charset charset) {
        if (verbatim != null) {
            return verbatim;
        }
        int common = Integer.MAX_VALUE;
        for (Line line : lines) {
            if (!line.blank() && line.continues() < 0) {
                common = Math.min(common, line.width());
            }
        }
        int unit = Integer.MAX_VALUE;
        for (Line line : lines) {
            if (!line.blank() && line.continues() < 0 && line.width() > common) {
                unit = Math.min(unit, line.width() - common);
            }
        }
        String[] indents = new String[lines.size()];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.continues() >= 0) {
                Line owner = lines.get(line.continues());
                indents[i] = indents[line.continues()] + " ".repeat(Math.max(0, line.width() - owner.width()));
            } else {
                int relative = Math.max(0, line.width() - common);
                int levels = unit == Integer.MAX_VALUE ? 0 : relative / unit;
                int rest = unit == Integer.MAX_VALUE ? relative : relative % unit;
                indents[i] = indent + style.indentUnit().repeat(levels) + " ".repeat(rest);
            }
            if (i > 0) {
                out.append(style.newline());
                if (!line.blank()) {
                    out.append(indents[i]);
                }
            }
            out.append(line.content());
        }
        return Markup.encodable(out.toString(), charset);
    }

    /** Splits markup into lines, noting which lines continue a tag, comment, CDATA section or PI. */
    private static List<Line> lines(String markup) {
        List<Line> result = new ArrayList<>();
        int constructLine = -1; // line where the open tag/comment/CDATA/PI started, or -1 in text
        String closer = null;
        char quote = 0;
        int lineStart = 0;
        int continues = -1; // what the current line continues, decided where it starts
        for (int i = 0; i <= markup.length(); i++) {
            boolean end = i == markup.length();
            char c = end ? '\n' : markup.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(line(markup.substring(lineStart, i), continues));
                if (c == '\r' && i + 1 < markup.length() && markup.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
                continues = closer != null ? constructLine : -1;
                continue;
            }
            if (closer == null) {
                if (c == '<') {
                    constructLine = result.size();
                    closer = markup.startsWith("<!--", i) ? "-->" : markup.startsWith("<![CDATA[", i) ? "]]>"
                            : markup.startsWith("<?", i) ? "?>" : ">";
                    if (closer.length() > 1) {
                        i += closer.equals("]]>") ? 8 : 1;
                    }
                }
            } else if (closer.equals(">") && quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (closer.equals(">") && (c == '"' || c == '\'')) {
                quote = c;
            } else if (markup.startsWith(closer, i)) {
                i += closer.length() - 1;
                closer = null;
            }
        }
        return result;
    }

    private static Line line(String text, int continues) {
        int i = 0;
        int width = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            width += text.charAt(i) == '\t' ? TAB_WIDTH : 1;
            i++;
        }
        return new Line(text.substring(i), width, continues);
    }

    private static int indexOfNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static List<String> topLevelNames(String markup) {
        List<String> names = new ArrayList<>();
        try {
            byte[] wrapped = ("<" + WRAPPER + ">" + markup + "</" + WRAPPER + ">").getBytes(StandardCharsets.UTF_8);
            SourceDocument document = SourceParser.parse(SourceDecoder.decode(Path.of("fragment"), wrapped));
            for (Element element : document.root().elements()) {
                names.add(element.getName());
            }
        } catch (AadcfgException e) { // only a parse error (BAD_DATA) can come from here
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-fragment", null,
                    "the fragment to insert is not well-formed XML: " + e.reason(), e);
        }
        if (names.isEmpty()) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-fragment", null, "the fragment to insert holds no element");
        }
        return names;
    }
}
