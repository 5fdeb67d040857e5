package io.github.aadcfg.core.agent;

import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a program's config file as Microsoft's AADCloudSyncTools module does: the values {@code InstallDir} and
 * {@code ServiceProcessName} under the program's registry key, joined, plus {@code .config}. When the key or a
 * value is missing, empty or no path, or the registry cannot be read, it takes the default path and says why.
 */
public final class AgentLocator {
    /** The value that holds the install directory, with or without a trailing backslash. */
    public static final String INSTALL_DIR = "InstallDir";
    /** The value that holds the service's executable's file name, e.g. {@code AADConnectProvisioningAgent.exe}. */
    public static final String SERVICE_PROCESS_NAME = "ServiceProcessName";

    private final WindowsRegistry registry;

    /** A locator that reads {@code registry}. */
    public AgentLocator(WindowsRegistry registry) {
        this.registry = registry;
    }

    /** Where {@code program}'s config is, and how that was found. */
    public AgentConfigLocation locate(AgentProgram program) {
        String key = program.registryKey();
        Map<String, String> values = new LinkedHashMap<>();
        try {
            String directory = read(key, INSTALL_DIR, values);
            String process = read(key, SERVICE_PROCESS_NAME, values);
            if (directory == null || process == null) {
                String missing = directory == null ? INSTALL_DIR : SERVICE_PROCESS_NAME;
                String reason = values.containsKey(missing) ? missing + " under " + key + " is empty"
                        : "the registry has no " + missing + " under " + key;
                return byDefault(program, values, reason);
            }
            return new AgentConfigLocation(program, Path.of(join(directory, process + ".config")), values, null);
        } catch (UncheckedIOException e) {
            return byDefault(program, values, "the registry could not be read: " + e.getCause().getMessage());
        } catch (InvalidPathException e) {
            return byDefault(program, values, "the registry's " + INSTALL_DIR + " and " + SERVICE_PROCESS_NAME
                    + " under " + key + " make no valid path: " + e.getMessage());
        }
    }

    /**
     * The value {@code name} under {@code key} without surrounding white space or quotes, noted in {@code values}
     * as read; {@code null} when it is missing or holds nothing else.
     */
    private String read(String key, String name, Map<String, String> values) {
        Optional<String> value = registry.value(key, name);
        value.ifPresent(data -> values.put(name, data));
        return value.map(AgentLocator::unquoted).filter(data -> !data.isEmpty()).orElse(null);
    }

    private static String unquoted(String data) {
        String stripped = data.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            stripped = stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }

    /** {@code directory} and {@code file} joined with a backslash, unless {@code directory} ends with a separator. */
    private static String join(String directory, String file) {
        boolean separated = directory.endsWith("\\") || directory.endsWith("/");
        return directory + (separated ? "" : "\\") + file;
    }

    private static AgentConfigLocation byDefault(AgentProgram program, Map<String, String> values, String reason) {
        return new AgentConfigLocation(program, Path.of(program.defaultConfig()), values, reason);
    }
}
