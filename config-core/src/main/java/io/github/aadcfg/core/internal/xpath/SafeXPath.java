package io.github.aadcfg.core.internal.xpath;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.Node;
import org.dom4j.xpath.DefaultNamespaceContext;
import org.jaxen.BaseXPath;
import org.jaxen.JaxenException;
import org.jaxen.JaxenRuntimeException;
import org.jaxen.Navigator;
import org.jaxen.SimpleVariableContext;
import org.jaxen.dom4j.DocumentNavigator;

import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * An XPath 1.0 expression that can read only the document it runs on. Every XPath aadcfg evaluates goes
 * through here. {@link #compile} refuses, before anything is evaluated, any function other than the XPath
 * 1.0 core functions (so no {@code document()}, which would read files and URLs, no extension or
 * {@code evaluate()}-like function, nothing prefixed) and any variable reference. Evaluation then runs
 * with a function library holding only the core functions, no variables, a navigator whose
 * {@code document()} support reads nothing, and a cost budget.
 *
 * <p>The budget is {@value #STEPS_PER_CHARACTER} step per character of the document, and at least
 * {@value #MINIMUM_STEPS}; a step is a node visited on an axis, a move to a parent, or a character of an
 * element's string value (see {@link CountingNavigator}). Measured on the benchmarks' 64 MiB config (67
 * million characters): {@code /configuration/appSettings/add[@key='x']} costs 1.6 million steps,
 * {@code //*[local-name()='add'][@key='x']} 6.4 million, {@code //*[. = 'x']} (the string value of every
 * element) 27 million; so an expression that reads the document a few times fits, while one that scans it
 * once per node (a nested {@code //node()}, about 10^12 steps there) is stopped with {@code xpath-too-costly}
 * after seconds instead of running for hours. The minimum keeps small documents free of the limit for any
 * expression a person writes. Jaxen sorts a large unordered node-set into document order by walking
 * sibling lists, so {@code //node()} or {@code //@*} over tens of thousands of siblings is quadratic and
 * stopped too; it was as slow before, only without an error.
 */
public final class SafeXPath {
    /** Budget per character of the document the expression runs on. */
    static final long STEPS_PER_CHARACTER = 1;
    /** Budget of any document, however small. */
    static final long MINIMUM_STEPS = 1_000_000;

    private final String expression;

    private SafeXPath(String expression) {
        this.expression = expression;
    }

    /**
     * Parses and checks an expression; nothing is evaluated.
     *
     * @throws AadcfgException {@code invalid-xpath} when it does not parse; {@code xpath-forbidden-function}
     *         for a function other than the XPath 1.0 core functions; {@code xpath-variable} for a variable
     */
    public static SafeXPath compile(String expression) {
        ExpressionCheck.requireOnlyDocumentAccess(expression, parse(expression, DocumentNavigator.getInstance()).getRootExpr());
        return new SafeXPath(expression);
    }

    /** The expression as given. */
    public String text() {
        return expression;
    }

    /**
     * The nodes the expression selects from {@code context}, a node of {@code document}, in document order.
     *
     * @throws AadcfgException {@code xpath-too-costly} when the evaluation exceeds its budget;
     *         {@code xpath-not-nodes} when the expression yields a string, number or boolean; {@code invalid-xpath}
     *         when it cannot be evaluated (e.g. an undeclared prefix)
     */
    public List<Node> selectNodes(SourceDocument document, Node context) {
        long budget = Math.max(MINIMUM_STEPS, STEPS_PER_CHARACTER * document.text().length());
        BaseXPath xpath = parse(expression, new CountingNavigator(expression, budget));
        xpath.setFunctionContext(CoreFunctions.context());
        xpath.setVariableContext(new SimpleVariableContext());
        xpath.setNamespaceContext(DefaultNamespaceContext.create(context));
        List<?> selected;
        try {
            selected = xpath.selectNodes(context);
        } catch (JaxenException | JaxenRuntimeException e) {
            throw invalid(expression, e);
        }
        List<Node> nodes = new ArrayList<>(selected.size());
        for (Object item : selected) {
            if (!(item instanceof Node node)) {
                throw new AadcfgException(Category.INVALID_VALUE, "xpath-not-nodes", null, "the XPath '" + expression + "' yields "
                        + item + ", not nodes; write a path that selects nodes");
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static BaseXPath parse(String expression, Navigator navigator) {
        try {
            return new BaseXPath(expression, navigator);
        } catch (JaxenException | JaxenRuntimeException e) {
            throw invalid(expression, e);
        }
    }

    static AadcfgException invalid(String expression, Exception e) {
        return new AadcfgException(Category.INVALID_VALUE, "invalid-xpath", null, "the XPath '" + expression + "' is invalid: "
                + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return expression;
    }
}
