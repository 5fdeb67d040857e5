package io.github.aadcfg.core.edits;

import java.util.Locale;
import java.util.Objects;

import io.github.aadcfg.core.internal.patch.XmlFragment;
import io.github.aadcfg.core.internal.xpath.SafeXPath;

/**
 * A generic edit addressed by XPath 1.0: set or remove an attribute, insert a fragment relative to a
 * node, replace or remove nodes. It applies to every node the expression selects, in one verified step;
 * selecting nothing changes nothing. In a file with a default namespace, select by
 * {@code *[local-name()='name']}. Expressions read only the document: one calling anything but the XPath
 * 1.0 core functions, or using variables, is refused when the edit is created, as is markup that is not
 * well-formed.
 *
 * @param operation what to do with each selected node
 * @param xpath     the expression selecting the nodes
 * @param name      the attribute's name, for the attribute operations; otherwise {@code null}
 * @param value     the attribute's value, for {@link Operation#SET_ATTRIBUTE}; otherwise {@code null}
 * @param markup    the fragment, for insertions and {@link Operation#REPLACE}; otherwise {@code null}
 */
public record XPathEdit(Operation operation, String xpath, String name, String value, String markup)
        implements ConfigEdit {
    /** What an XPath edit does with each selected node. */
    public enum Operation {
        SET_ATTRIBUTE, REMOVE_ATTRIBUTE, INSERT_FIRST_CHILD, INSERT_LAST_CHILD, INSERT_BEFORE, INSERT_AFTER,
        REPLACE, REMOVE
    }

    /** Where an insertion goes relative to the selected node. */
    public enum Position {
        FIRST_CHILD, LAST_CHILD, BEFORE, AFTER
    }

    /**
     * Validates the edit.
     *
     * @throws io.github.aadcfg.core.report.AadcfgException {@code INVALID_VALUE} for a refused expression or
     *                                                      markup that is not well-formed
     */
    public XPathEdit {
        Objects.requireNonNull(operation, "operation");
        SafeXPath.compile(xpath);
        if (markup != null) {
            XmlFragment.parse(markup);
        }
    }

    /** Sets attribute {@code name} to {@code value} on every selected element. */
    public static XPathEdit setAttribute(String xpath, String name, String value) {
        return new XPathEdit(Operation.SET_ATTRIBUTE, xpath, name, value, null);
    }

    /** Removes attribute {@code name} from every selected element. */
    public static XPathEdit removeAttribute(String xpath, String name) {
        return new XPathEdit(Operation.REMOVE_ATTRIBUTE, xpath, name, null, null);
    }

    /** Inserts {@code markup} relative to every selected node. */
    public static XPathEdit insert(String xpath, Position position, String markup) {
        return new XPathEdit(Operation.valueOf("INSERT_" + position.name()), xpath, null, null, markup);
    }

    /** Replaces every selected node with {@code markup}. */
    public static XPathEdit replace(String xpath, String markup) {
        return new XPathEdit(Operation.REPLACE, xpath, null, null, markup);
    }

    /** Removes every selected node. */
    public static XPathEdit remove(String xpath) {
        return new XPathEdit(Operation.REMOVE, xpath, null, null, null);
    }

    @Override
    public String description() {
        return switch (operation) {
            case SET_ATTRIBUTE -> "set @" + name + " on " + xpath;
            case REMOVE_ATTRIBUTE -> "remove @" + name + " from " + xpath;
            case REPLACE -> "replace " + xpath;
            case REMOVE -> "remove " + xpath;
            default -> "insert " + operation.name().substring("INSERT_".length()).toLowerCase(Locale.ROOT) + " "
                    + xpath;
        };
    }
}
