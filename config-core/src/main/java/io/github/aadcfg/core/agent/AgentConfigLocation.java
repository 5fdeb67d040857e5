package io.github.aadcfg.core.agent;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a program's config file is, and how {@link AgentLocator} found that out: from the values under the
 * program's registry key, or, when they are missing or unusable, the default path.
 *
 * @param program        the program whose config it is
 * @param file           the config file; it need not exist
 * @param values         the values read under {@link AgentProgram#registryKey()}, by name, as the registry holds
 *                       them, in the order they were read
 * @param fallbackReason why the default path was taken (e.g. the registry has no {@code InstallDir}), or
 *                       {@code null} when {@code file} comes from the registry
 */
public record AgentConfigLocation(AgentProgram program, Path file, Map<String, String> values, String fallbackReason) {
    /** A location with a copy of {@code values}. */
    public AgentConfigLocation {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether {@link #file()} was read from the registry rather than taken as the default path. */
    public boolean fromRegistry() {
        return fallbackReason == null;
    }
}
