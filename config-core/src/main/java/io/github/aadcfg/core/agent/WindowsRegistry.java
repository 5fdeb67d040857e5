package io.github.aadcfg.core.agent;

import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads string values of the Windows registry: {@link RegQuery} asks {@code reg.exe}; a test passes a map.
 */
@FunctionalInterface
public interface WindowsRegistry {
    /**
     * The data of the value {@code name} under {@code key}, as the registry holds it (a {@code REG_EXPAND_SZ}
     * value with its environment variables expanded, as Windows programs read it).
     *
     * @param key  the key's full name, e.g. {@code HKLM\SOFTWARE\Microsoft}
     * @param name the value's name, e.g. {@code InstallDir}
     * @return the data, or empty when the key or the value is missing, or the value holds no string
     * @throws UncheckedIOException when the registry could not be read
     */
    Optional<String> value(String key, String name);
}
