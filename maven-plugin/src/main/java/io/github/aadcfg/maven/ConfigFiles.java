package io.github.aadcfg.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.shared.model.fileset.FileSet;
import org.apache.maven.shared.model.fileset.util.FileSetManager;

import io.github.aadcfg.core.ConfigEditor;

/** Turns the {@code files} and {@code fileSets} parameters into the list of config files to work on. */
final class ConfigFiles {
    private ConfigFiles() {
    }

    /**
     * The configured files: first {@code files}, then each file set's matches in name order; relative
     * paths resolved against {@code basedir}, each file once (paths naming the same file by its real path,
     * e.g. a symbolic link and its target, are one file, spelled as first given).
     *
     * @throws MojoExecutionException when neither parameter is set, or a file set's directory is missing
     */
    static List<Path> resolve(Path basedir, List<File> files, List<FileSet> fileSets) throws MojoExecutionException {
        if ((files == null || files.isEmpty()) && (fileSets == null || fileSets.isEmpty())) {
            throw new MojoExecutionException("files: no config file is configured; name the files in <files> "
                    + "or <fileSets>, or on the command line with -Daadcfg.files=PATH[,PATH...]");
        }
        List<Path> resolved = new ArrayList<>();
        if (files != null) {
            for (File file : files) {
                resolved.add(basedir.resolve(file.toPath()).normalize());
            }
        }
        if (fileSets != null) {
            FileSetManager manager = new FileSetManager();
            for (FileSet fileSet : fileSets) {
                resolved.addAll(matches(basedir, fileSet, manager));
            }
        }
        return ConfigEditor.distinctFiles(resolved);
    }

    private static List<Path> matches(Path basedir, FileSet fileSet, FileSetManager manager)
            throws MojoExecutionException {
        if (fileSet.getDirectory() == null) {
            throw new MojoExecutionException("fileSets: every <fileSet> needs a <directory>");
        }
        Path directory = basedir.resolve(fileSet.getDirectory()).normalize();
        if (!Files.isDirectory(directory)) {
            throw new MojoExecutionException("fileSets: the directory " + directory + " does not exist");
        }
        fileSet.setDirectory(directory.toString());
        String[] names = manager.getIncludedFiles(fileSet);
        Arrays.sort(names);
        return Arrays.stream(names).map(directory::resolve).toList();
    }
}
