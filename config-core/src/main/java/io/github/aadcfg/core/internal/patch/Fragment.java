package io.github.aadcfg.core.internal.patch;

import java.nio.charset.Charset;
import java.util.List;

/** New markup to insert into a document, rendered in the document's own style. */
public interface Fragment {
    /**
     * Renders the fragment. The first line carries no indentation (the caller places it); every further
     * line starts with {@code indent} plus the line's own relative indentation in {@code style}'s unit.
     */
    String render(FileStyle style, String indent, Charset charset);

    /** Local names of the fragment's top-level elements, in order. */
    List<String> topLevelNames();
}
