package io.github.aadcfg.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import io.github.aadcfg.core.report.AadcfgException;

/**
 * Turns aadcfg's errors into build failures, by their category and code, never by their message. Bad input data
 * (malformed XML, not a .NET config, lint errors) fails the build with a {@link MojoFailureException}; every other
 * error, such as an invalid parameter value or an unreadable file, with a {@link MojoExecutionException}. Both carry
 * aadcfg's message, which names the file or the parameter and says what to do; a refusal that {@code force}
 * overrides also says how to set it.
 */
final class BuildFailure {
    /** How to set {@code force}, added to the refusals it overrides. */
    static final String FORCE = "to force it with this plugin, set <force>true</force> or -Daadcfg.force=true";

    private BuildFailure() {
    }

    /**
     * Fails the build for {@code error}.
     *
     * @throws MojoFailureException   when the error is about bad input data
     * @throws MojoExecutionException for any other error
     */
    static void fail(AadcfgException error) throws MojoExecutionException, MojoFailureException {
        String message = switch (error.code()) {
            case "lint-errors", "hard-linked" -> error.getMessage() + "; " + FORCE;
            default -> error.getMessage();
        };
        if (error.category() == AadcfgException.Category.BAD_DATA) {
            throw new MojoFailureException(message, error);
        }
        throw new MojoExecutionException(message, error);
    }
}
