package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small, valid config file, and larger ones made from it. */
final class SmallConfig {
    /** The file's text. */
    static final String TEXT = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="TraceFilename" value="ProvAgentTrace.log" />
              </appSettings>
            </configuration>
            """;
    /**
     * The declaration of a section the configuration system never parses, {@code agentNotes}: where generated files
     * put odd content so that the file stays one the runtime (and so the lint) accepts.
     */
    static final String NOTES_SECTION = "<configSections><section name=\"agentNotes\" type=\"System.Configuration."
            + "IgnoreSection, System.Configuration\" /></configSections>";

    /** The name the tests give it. */
    static final String NAME = "app.config";

    private SmallConfig() {
    }

    /** Writes it as {@code app.config} into {@code directory}. */
    static Path write(Path directory) throws IOException {
        return Files.writeString(directory.resolve(NAME), TEXT);
    }

    /** Writes it as {@code app.config} with {@code count} more appSettings entries, one per line. */
    static Path withSettings(Path directory, int count) throws IOException {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < count; i++) {
            entries.append("    <add key=\"Key").append(i).append("\" value=\"Value").append(i).append("\" />\n");
        }
        return Files.writeString(directory.resolve(NAME), TEXT.replace("  </appSettings>", entries + "  </appSettings>"));
    }
}
