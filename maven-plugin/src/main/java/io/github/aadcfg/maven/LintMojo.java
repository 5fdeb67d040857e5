package io.github.aadcfg.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import io.github.aadcfg.core.AadcfgException;
import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.lint.Finding;

/**
 * Lints every configured file and logs the findings; fails the build on error-level findings, and on a
 * file that cannot be parsed or is not a .NET config file. Changes nothing.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends AbstractConfigMojo {
    @Override
    protected void run(List<Path> configFiles) throws MojoFailureException {
        List<String> errors = new ArrayList<>();
        for (Path file : configFiles) {
            try {
                errors.addAll(lint(file));
            } catch (AadcfgException e) {
                if (e.category() != AadcfgException.Category.BAD_DATA) {
                    throw e;
                }
                getLog().error(e.getMessage());
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new MojoFailureException(errors.size() + " lint error(s):\n" + String.join("\n", errors));
        }
    }

    private List<String> lint(Path file) {
        List<Finding> findings = ConfigDocument.read(file).requireDotNetConfig().lint();
        if (findings.isEmpty()) {
            getLog().info(file + ": no findings");
        }
        List<String> errors = new ArrayList<>();
        for (Finding finding : findings) {
            String line = file + ": " + finding;
            if (finding.isError()) {
                getLog().error(line);
                errors.add(line);
            } else {
                getLog().warn(line);
            }
        }
        return errors;
    }
}
