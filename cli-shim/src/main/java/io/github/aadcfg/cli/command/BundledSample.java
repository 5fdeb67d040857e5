package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample agent config bundled in the jar, beside this class under {@code demo/}: {@code aadcfg demo} and
 * the class-data training run edit copies of it.
 */
public final class BundledSample {
    /** The sample's file name. */
    public static final String NAME = "AADConnectProvisioningAgent.exe.config";

    private BundledSample() {
    }

    /** Copies the sample into {@code directory}, under its own name; returns the copy. */
    public static Path copyInto(Path directory) throws IOException {
        Path copy = directory.resolve(NAME);
        try (InputStream sample = BundledSample.class.getResourceAsStream("demo/" + NAME)) {
            if (sample == null) {
                throw new IllegalStateException("the sample config is missing from the jar");
            }
            Files.copy(sample, copy);
        }
        return copy;
    }
}
