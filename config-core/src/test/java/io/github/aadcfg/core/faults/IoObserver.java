package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Path;

/** Told of every I/O call made through a {@link FaultyFileSystem}, before it is made; throwing fails the call. */
@FunctionalInterface
interface IoObserver {
    /** Observes nothing and fails nothing. */
    IoObserver NONE = (operation, path) -> { };

    /**
     * @param operation what is about to be done
     * @param path      to which path (of the file system delegated to): the file, directory or link it is done on;
     *                  for a rename its source
     * @throws IOException to fail the call as the disk would
     */
    void observe(Operation operation, Path path) throws IOException;
}
