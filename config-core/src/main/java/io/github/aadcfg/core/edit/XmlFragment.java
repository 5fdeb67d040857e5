package io.github.aadcfg.core.edit;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dom4j.Element;

import io.github.aadcfg.core.InvalidValueException;
import io.github.aadcfg.core.InvalidXmlException;
import io.github.aadcfg.core.locate.FileStyle;
import io.github.aadcfg.core.read.SourceDocument;
import io.github.aadcfg.core.read.SourceParser;
import io.github.aadcfg.core.read.SourceText;
import io.github.aadcfg.core.read.SourceDecoder;

/**
 * Markup given as text, e.g. by a user or a transform. It is checked to be well-formed (one or more
 * elements, no DTD) and re-indented on insertion: lines keep their layout relative to each other, with
 * the fragment's own indentation unit replaced by the file's.
 */
public final class XmlFragment implements Fragment {
    private static final String WRAPPER = "aadcfg-fragment";

    private final List<String> lines;
    private final List<String> topLevelNames;
    private final String verbatim;

    private XmlFragment(List<String> lines, List<String> topLevelNames, String verbatim) {
        this.lines = lines;
        this.topLevelNames = topLevelNames;
        this.verbatim = verbatim;
    }

    /**
     * A fragment inserted exactly as given, without re-indenting; for markup taken from the same file
     * (e.g. a section restored from a backup).
     */
    public static XmlFragment verbatim(String markup) {
        return new XmlFragment(List.of(markup), topLevelNames(markup), markup);
    }

    /**
     * Parses a fragment.
     *
     * @throws InvalidValueException when the text is not well-formed markup with at least one element
     */
    public static XmlFragment parse(String markup) {
        return new XmlFragment(relativeLines(markup.strip()), topLevelNames(markup), null);
    }

    private static List<String> topLevelNames(String markup) {
        List<String> names = new ArrayList<>();
        try {
            byte[] wrapped = ("<" + WRAPPER + ">" + markup + "</" + WRAPPER + ">")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            SourceText text = SourceDecoder.decode(Path.of("fragment"), wrapped);
            SourceDocument document = SourceParser.parse(text);
            for (Element element : document.root().elements()) {
                names.add(element.getName());
            }
        } catch (InvalidXmlException e) {
            throw new InvalidValueException("invalid-fragment", null,
                    "the fragment to insert is not well-formed XML: " + e.reason(), e);
        }
        if (names.isEmpty()) {
            throw new InvalidValueException("invalid-fragment", null, "the fragment to insert holds no element");
        }
        return names;
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
        String unit = fragmentUnit();
        StringBuilder out = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(style.newline());
            if (line.isBlank()) {
                continue;
            }
            int width = leadingWhitespace(line).length();
            int levels = unit.isEmpty() ? 0 : width / unit.length();
            out.append(indent).append(style.indentUnit().repeat(levels))
                    .append(" ".repeat(unit.isEmpty() ? width : width % unit.length()))
                    .append(line.substring(width));
        }
        return out.toString();
    }

    /** The smallest non-zero indentation among the lines, which is taken as one level. */
    private String fragmentUnit() {
        String unit = "";
        for (String line : lines.subList(1, lines.size())) {
            String lead = leadingWhitespace(line);
            if (!line.isBlank() && !lead.isEmpty() && (unit.isEmpty() || lead.length() < unit.length())) {
                unit = lead;
            }
        }
        return unit;
    }

    /** Splits into lines and removes the indentation common to all lines after the first. */
    private static List<String> relativeLines(String markup) {
        String[] split = markup.split("\r\n|\r|\n", -1);
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < split.length; i++) {
            if (!split[i].isBlank()) {
                common = Math.min(common, leadingWhitespace(split[i]).length());
            }
        }
        List<String> result = new ArrayList<>();
        result.add(split[0]);
        for (int i = 1; i < split.length; i++) {
            result.add(split[i].isBlank() ? "" : split[i].substring(common).replace("\t", "    "));
        }
        return result;
    }

    private static String leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
