package io.github.aadcfg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.shared.model.fileset.FileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigFilesTest {
    @TempDir
    Path basedir;

    @Test
    void filesThenFileSetMatchesInNameOrderEachOnceRelativeToBasedir() throws Exception {
        Path conf = Files.createDirectories(basedir.resolve("conf"));
        for (String name : List.of("b.exe.config", "a.exe.config", "notes.txt")) {
            Files.writeString(conf.resolve(name), "");
        }
        FileSet fileSet = fileSet("conf", "*.exe.config");

        List<Path> files = ConfigFiles.resolve(basedir, List.of(new File("conf/b.exe.config")), List.of(fileSet));

        assertThat(files).containsExactly(conf.resolve("b.exe.config"), conf.resolve("a.exe.config"));
    }

    @Test
    void aFileNamedTwiceOrThroughALinkIsOneFileSpelledAsFirstGiven() throws Exception {
        Path conf = Files.createDirectories(basedir.resolve("conf"));
        Path file = Files.writeString(conf.resolve("a.exe.config"), "");
        Files.createSymbolicLink(basedir.resolve("link.config"), file);

        List<Path> files = ConfigFiles.resolve(basedir, List.of(new File("link.config"), new File("conf/../conf/a.exe.config"),
                new File("missing.config"), new File("./missing.config")), List.of(fileSet("conf", "*.exe.config")));

        assertThat(files).containsExactly(basedir.resolve("link.config"), basedir.resolve("missing.config"));
    }

    @Test
    void absoluteFilesAreKept() throws Exception {
        Path elsewhere = basedir.resolve("elsewhere.config").toAbsolutePath();

        assertThat(ConfigFiles.resolve(basedir.resolve("project"), List.of(elsewhere.toFile()), null))
                .containsExactly(elsewhere);
    }

    @Test
    void nothingConfiguredNamesTheParameter() {
        assertThatThrownBy(() -> ConfigFiles.resolve(basedir, null, List.of()))
                .isInstanceOf(MojoExecutionException.class).hasMessageStartingWith("files: no config file is configured");
    }

    @Test
    void aMissingFileSetDirectoryFails() {
        assertThatThrownBy(() -> ConfigFiles.resolve(basedir, null, List.of(fileSet("missing", "*.config"))))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("fileSets: the directory " + basedir.resolve("missing") + " does not exist");
    }

    @Test
    void aFileSetWithoutDirectoryFails() {
        assertThatThrownBy(() -> ConfigFiles.resolve(basedir, null, List.of(new FileSet())))
                .isInstanceOf(MojoExecutionException.class).hasMessage("fileSets: every <fileSet> needs a <directory>");
    }

    @Test
    void aFileSetMatchingNothingGivesNoFiles() throws IOException, MojoExecutionException {
        Files.createDirectories(basedir.resolve("conf"));

        assertThat(ConfigFiles.resolve(basedir, null, List.of(fileSet("conf", "*.config")))).isEmpty();
    }

    private static FileSet fileSet(String directory, String include) {
        FileSet fileSet = new FileSet();
        fileSet.setDirectory(directory);
        fileSet.addInclude(include);
        return fileSet;
    }
}
