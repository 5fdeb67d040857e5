package io.github.aadcfg.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.report.Finding;

/**
 * Lints every configured file and logs the findings; fails the build on error-level findings, and on a
 * file that cannot be parsed or is not a .NET config file. Changes nothing.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends AbstractConfigMojo {
    @Override
    FileGoal prepare(List<Path> configFiles) {
        FileLog log = fileLog();
        return FileGoal.checkEachFile(file -> lint(file, log), getLog()::error,
                errors -> errors.size() + " lint error(s):\n" + String.join("\n", errors));
    }

    private static List<String> lint(Path file, FileLog log) {
        List<Finding> findings = ConfigDocument.read(file).requireDotNetConfig().lint();
        if (findings.isEmpty()) {
            log.info(file, "no findings");
        }
        return log.findings(file, findings);
    }
}
