package io.github.aadcfg.core.internal.xpath;

import java.util.Map;
import java.util.Set;

import org.jaxen.Function;
import org.jaxen.FunctionContext;
import org.jaxen.SimpleFunctionContext;
import org.jaxen.function.BooleanFunction;
import org.jaxen.function.CeilingFunction;
import org.jaxen.function.ConcatFunction;
import org.jaxen.function.ContainsFunction;
import org.jaxen.function.CountFunction;
import org.jaxen.function.FalseFunction;
import org.jaxen.function.FloorFunction;
import org.jaxen.function.IdFunction;
import org.jaxen.function.LangFunction;
import org.jaxen.function.LastFunction;
import org.jaxen.function.LocalNameFunction;
import org.jaxen.function.NameFunction;
import org.jaxen.function.NamespaceUriFunction;
import org.jaxen.function.NormalizeSpaceFunction;
import org.jaxen.function.NotFunction;
import org.jaxen.function.NumberFunction;
import org.jaxen.function.PositionFunction;
import org.jaxen.function.RoundFunction;
import org.jaxen.function.StartsWithFunction;
import org.jaxen.function.StringFunction;
import org.jaxen.function.StringLengthFunction;
import org.jaxen.function.SubstringAfterFunction;
import org.jaxen.function.SubstringBeforeFunction;
import org.jaxen.function.SubstringFunction;
import org.jaxen.function.SumFunction;
import org.jaxen.function.TranslateFunction;
import org.jaxen.function.TrueFunction;

/**
 * The 27 functions of the XPath 1.0 core library (section 4), the only functions an expression may call.
 * Jaxen's default library adds XSLT's {@code document()}, which reads any file or URL, and extensions
 * such as {@code evaluate()}; none of them is here. {@code id()} is kept: it is core, and it finds
 * nothing, since IDs come only from a DTD, which aadcfg never processes.
 */
final class CoreFunctions {
    private static final Map<String, Function> FUNCTIONS = Map.ofEntries(
            Map.entry("last", new LastFunction()),
            Map.entry("position", new PositionFunction()),
            Map.entry("count", new CountFunction()),
            Map.entry("id", new IdFunction()),
            Map.entry("local-name", new LocalNameFunction()),
            Map.entry("namespace-uri", new NamespaceUriFunction()),
            Map.entry("name", new NameFunction()),
            Map.entry("string", new StringFunction()),
            Map.entry("concat", new ConcatFunction()),
            Map.entry("starts-with", new StartsWithFunction()),
            Map.entry("contains", new ContainsFunction()),
            Map.entry("substring-before", new SubstringBeforeFunction()),
            Map.entry("substring-after", new SubstringAfterFunction()),
            Map.entry("substring", new SubstringFunction()),
            Map.entry("string-length", new StringLengthFunction()),
            Map.entry("normalize-space", new NormalizeSpaceFunction()),
            Map.entry("translate", new TranslateFunction()),
            Map.entry("boolean", new BooleanFunction()),
            Map.entry("not", new NotFunction()),
            Map.entry("true", new TrueFunction()),
            Map.entry("false", new FalseFunction()),
            Map.entry("lang", new LangFunction()),
            Map.entry("number", new NumberFunction()),
            Map.entry("sum", new SumFunction()),
            Map.entry("floor", new FloorFunction()),
            Map.entry("ceiling", new CeilingFunction()),
            Map.entry("round", new RoundFunction()));

    private CoreFunctions() {
    }

    /** The names, without prefix. */
    static Set<String> names() {
        return FUNCTIONS.keySet();
    }

    /** A function context holding these functions and nothing else. */
    static FunctionContext context() {
        SimpleFunctionContext context = new SimpleFunctionContext();
        FUNCTIONS.forEach((name, function) -> context.registerFunction(null, name, function));
        return context;
    }
}
