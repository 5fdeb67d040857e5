package io.github.aadcfg.core.internal.xdt;

import java.util.List;

import org.dom4j.Element;

/**
 * One transform of a transform file, ready to run: the XPath that locates its targets in the document
 * being transformed, what to do there, and where it was written.
 *
 * @param xpath      absolute XPath of the located elements
 * @param parentPath absolute XPath of their parent (where inserts go)
 * @param kind       the transform
 * @param arguments  the transform's arguments
 * @param element    the transform file's element (its attributes and content are the transform's data)
 * @param line       1-based line in the transform file
 * @param column     1-based column in the transform file
 */
public record TransformStep(String xpath, String parentPath, TransformKind kind, List<String> arguments,
        Element element, int line, int column) {
}
