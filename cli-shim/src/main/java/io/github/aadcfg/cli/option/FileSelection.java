package io.github.aadcfg.cli.option;

import java.nio.file.Path;
import java.util.List;

/** The FILE parameter of a command and the options that name files with it: which files, how many at once. */
public interface FileSelection {
    /** The label of the FILE parameter, which {@link FileParameterLast} finds by it. */
    String FILE = "FILE";

    /** The files to work on, each once. */
    List<Path> targets();

    /** How many files to handle at once. */
    default int jobs() {
        return 1;
    }
}
