package io.github.aadcfg.maven;

import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * A boolean parameter as the goals read it: {@code true} or {@code false}, in any case, and nothing else. Maven's
 * own conversion takes every other word for {@code false}, so {@code <verbose>on</verbose>} would silently turn
 * tracing off; the goals therefore take their booleans as text and read them here, before any file is touched.
 */
final class BooleanParameter {
    private BooleanParameter() {
    }

    /**
     * The value of a parameter that may be left unset.
     *
     * @param name  the parameter, as the failure names it, e.g. {@code proxy.bypassOnLocal}
     * @param value what was configured, or {@code null} when not set
     * @return the value, or {@code null} when not set
     * @throws MojoExecutionException when the value is neither {@code true} nor {@code false}, naming the parameter
     *                                and the value
     */
    static Boolean optional(String name, String value) throws MojoExecutionException {
        if (value == null) {
            return null;
        }
        String word = value.toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        throw new MojoExecutionException(name + ": must be true or false, was \"" + value + "\"");
    }

    /**
     * The value of a switch, which is off unless set to {@code true}.
     *
     * @throws MojoExecutionException when the value is neither {@code true} nor {@code false}
     * @see #optional(String, String)
     */
    static boolean isOn(String name, String value) throws MojoExecutionException {
        return Boolean.TRUE.equals(optional(name, value));
    }
}
