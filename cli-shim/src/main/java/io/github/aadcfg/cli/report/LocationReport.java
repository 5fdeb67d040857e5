package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import io.github.aadcfg.core.agent.AgentConfigLocation;

/**
 * Where {@code aadcfg where} found a program's config, how (the registry key and the values read, or the default
 * path and why), and whether the file exists.
 *
 * @param location where the config is and how that was found
 * @param exists   whether the file exists
 */
public record LocationReport(AgentConfigLocation location, boolean exists) implements FileReport {
    /** The only outcome: the config was located, from the registry or at its default path. */
    static final Outcome LOCATED = new Outcome("ok", "located", 0);

    /** The report of {@code location}, looking whether its file exists. */
    public static LocationReport of(AgentConfigLocation location) {
        return new LocationReport(location, Files.exists(location.file()));
    }

    @Override
    public Path file() {
        return location.file();
    }

    @Override
    public Failure failure() {
        return null;
    }

    @Override
    public Outcome outcome() {
        return LOCATED;
    }

    @Override
    public void addFields(JsonObject json) {
        json.addProperty("program", location.program().label());
        json.addProperty("exists", exists);
        json.addProperty("source", location.fromRegistry() ? "registry" : "default");
        json.addProperty("key", location.program().registryKey());
        JsonObject values = new JsonObject();
        location.values().forEach(values::addProperty);
        json.add("values", values);
        json.addProperty("reason", location.fallbackReason());
    }

    @Override
    public void printHuman(PrintWriter out, Style style) {
        out.println(Printable.of(file()) + ": " + (exists ? "exists" : "does not exist"));
        String program = location.program().label() + " config";
        if (location.fromRegistry()) {
            out.println("  " + program + " from the registry: " + Printable.of(location.program().registryKey())
                    + ": " + location.values().entrySet().stream()
                            .map(value -> value.getKey() + " = " + Printable.of(value.getValue()))
                            .collect(Collectors.joining(", ")));
        } else {
            out.println("  " + program + " at its default path, because " + Printable.of(location.fallbackReason()));
        }
    }
}
