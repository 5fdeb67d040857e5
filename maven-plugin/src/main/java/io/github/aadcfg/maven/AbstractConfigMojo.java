package io.github.aadcfg.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.shared.model.fileset.FileSet;

import io.github.aadcfg.core.report.AadcfgException;

/**
 * What every aadcfg goal shares: the config files it works on, skipping, and turning aadcfg's errors
 * into build failures ({@link BuildFailure}).
 */
abstract class AbstractConfigMojo extends AbstractMojo {
    /**
     * The config files to work on, e.g.
     * <code>&lt;files&gt;&lt;file&gt;${project.basedir}/conf/AADConnectProvisioningAgent.exe.config&lt;/file&gt;&lt;/files&gt;</code>.
     * Relative paths are resolved against the project's base directory. Used together with
     * {@code fileSets}; a file named twice is handled once. On the command line: a comma-separated list.
     */
    @Parameter(property = "aadcfg.files")
    private List<File> files;

    /**
     * More config files, as file sets: each {@code <fileSet>} has a {@code <directory>} (relative to the
     * project's base directory) and optional {@code <includes>}/{@code <excludes>} patterns such as
     * {@code *.exe.config}. Without includes, every file in the directory is taken.
     */
    @Parameter
    private List<FileSet> fileSets;

    /** Skip this goal: nothing is read or written. {@code true} or {@code false}, in any case. */
    @Parameter(property = "aadcfg.skip", defaultValue = "false")
    private String skip;

    /** The project's base directory, against which relative paths are resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (BooleanParameter.isOn("skip", skip)) {
            getLog().info("Skipping: aadcfg.skip is true");
            return;
        }
        List<Path> configFiles = ConfigFiles.resolve(basedir.toPath(), files, fileSets);
        if (configFiles.isEmpty()) {
            getLog().warn("No config file matches the configured fileSets; nothing to do");
            return;
        }
        try {
            prepare(configFiles).run(configFiles);
        } catch (AadcfgException e) {
            BuildFailure.fail(e);
        }
    }

    /**
     * Validates the goal's parameters, before any file is read, and says what the goal does with the files.
     *
     * @param configFiles the files, absolute, each once, in the order configured
     * @throws MojoExecutionException when a parameter is invalid; the message names it
     */
    abstract FileGoal prepare(List<Path> configFiles) throws MojoExecutionException;

    /** The build log, for what the goal says about each file. */
    FileLog fileLog() {
        return new FileLog(getLog());
    }
}
