package io.github.aadcfg.core.internal.xpath;

import java.util.List;

import org.jaxen.expr.BinaryExpr;
import org.jaxen.expr.Expr;
import org.jaxen.expr.FilterExpr;
import org.jaxen.expr.FunctionCallExpr;
import org.jaxen.expr.LiteralExpr;
import org.jaxen.expr.LocationPath;
import org.jaxen.expr.NumberExpr;
import org.jaxen.expr.PathExpr;
import org.jaxen.expr.Predicate;
import org.jaxen.expr.Predicated;
import org.jaxen.expr.Step;
import org.jaxen.expr.UnaryExpr;
import org.jaxen.expr.VariableReferenceExpr;
import org.jaxen.saxpath.Axis;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Walks a parsed expression and refuses, before anything is evaluated, every function call that is not
 * an unprefixed XPath 1.0 core function, every variable reference and the namespace axis. An expression kind it does not
 * know is refused too, so that a new kind of Jaxen node cannot slip past unchecked.
 */
final class ExpressionCheck {
    private final String expression;

    private ExpressionCheck(String expression) {
        this.expression = expression;
    }

    /** Throws {@link AadcfgException} unless {@code root}, parsed from {@code expression}, only reads the document. */
    static void requireOnlyDocumentAccess(String expression, Expr root) {
        new ExpressionCheck(expression).check(root);
    }

    private void check(Expr expr) {
        if (expr instanceof FunctionCallExpr call) {
            checkFunction(call);
        } else if (expr instanceof VariableReferenceExpr variable) {
            throw refused("xpath-variable", "refers to the variable $" + qualified(variable.getPrefix(),
                    variable.getVariableName()) + ", but no variables are defined: an expression may read only the "
                    + "document it runs on");
        } else if (expr instanceof LocationPath path) {
            for (Object step : path.getSteps()) {
                checkStep((Step) step);
            }
        } else if (expr instanceof FilterExpr filter) {
            check(filter.getExpr());
            checkPredicates(filter);
        } else if (expr instanceof PathExpr path) {
            checkIfPresent(path.getFilterExpr());
            checkIfPresent(path.getLocationPath());
        } else if (expr instanceof BinaryExpr binary) {
            check(binary.getLHS());
            check(binary.getRHS());
        } else if (expr instanceof UnaryExpr unary) {
            check(unary.getExpr());
        } else if (!(expr instanceof LiteralExpr) && !(expr instanceof NumberExpr)) {
            throw refused("xpath-unsupported", "uses " + expr.getClass().getSimpleName()
                    + ", which aadcfg does not evaluate");
        }
    }

    private void checkFunction(FunctionCallExpr call) {
        String prefix = call.getPrefix();
        String name = call.getFunctionName();
        if ((prefix != null && !prefix.isEmpty()) || !CoreFunctions.names().contains(name)) {
            throw refused("xpath-forbidden-function", "calls " + qualified(prefix, name) + "(), which is not allowed: "
                    + "an expression may read only the document it runs on, with the XPath 1.0 core functions ("
                    + String.join(", ", CoreFunctions.names().stream().sorted().toList()) + ")");
        }
        for (Object parameter : call.getParameters()) {
            check((Expr) parameter);
        }
    }

    /**
     * The namespace axis is refused: config edits never need it, and Jaxen builds its nodes outside the
     * navigator's count (on an 8 MiB file {@code //namespace::*} ran for minutes within the budget).
     */
    private void checkStep(Step step) {
        if (step.getAxis() == Axis.NAMESPACE) {
            throw refused("xpath-unsupported", "uses the namespace axis, which aadcfg does not evaluate; "
                    + "select elements by namespace-uri() instead");
        }
        checkPredicates(step);
    }

    private void checkPredicates(Predicated predicated) {
        for (Object predicate : (List<?>) predicated.getPredicates()) {
            check(((Predicate) predicate).getExpr());
        }
    }

    private void checkIfPresent(Expr expr) {
        if (expr != null) {
            check(expr);
        }
    }

    private AadcfgException refused(String code, String reason) {
        return new AadcfgException(Category.INVALID_VALUE, code, null, "the XPath '" + expression + "' " + reason);
    }

    private static String qualified(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
    }
}
