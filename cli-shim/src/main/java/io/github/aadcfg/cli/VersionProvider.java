package io.github.aadcfg.cli;

import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine;

/** {@code --version}: aadcfg's version from the jar manifest, and the runtime's. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"aadcfg " + (version == null ? "(development build)" : version),
            "picocli " + CommandLine.VERSION + ", Java " + Runtime.version() + " " + System.getProperty("java.vendor")};
    }
}
