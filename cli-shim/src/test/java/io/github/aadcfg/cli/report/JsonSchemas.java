package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.github.aadcfg.cli.Cli;

/** The JSON Schemas of the lines of {@code --json} output, as in the repository (and the jar), and validation. */
final class JsonSchemas {
    /** Where the schemas are. */
    static final Path DIRECTORY = Cli.TESTDATA.resolveSibling("cli-shim/src/main/resources/io/github/aadcfg/cli/report/schema")
            .normalize();
    /** Every schema of a line (all but {@code common}, which only holds definitions). */
    static final List<String> LINE_KINDS = List.of("edit", "lint", "proxy-show", "tracing-status", "backups", "where",
            "service", "summary", "error", "usage-error");

    /** The base the schemas' relative {@code $ref}s resolve against, served from {@link #DIRECTORY}. */
    private static final String BASE = "https://aadcfg.invalid/schema/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(iri -> iri.startsWith(BASE) ? text(DIRECTORY.resolve(iri.substring(BASE.length())))
                    : null));
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /** What is wrong with {@code line} according to the schema {@code kind}: nothing when it conforms. */
    static List<String> violations(String kind, JsonObject line) {
        Schema schema = LOADED.computeIfAbsent(kind,
                name -> REGISTRY.getSchema(SchemaLocation.of(BASE + name + ".schema.json")));
        return schema.validate(line.toString(), InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** The schema {@code kind} as JSON. */
    static JsonObject read(String kind) {
        return JsonParser.parseString(text(DIRECTORY.resolve(kind + ".schema.json"))).getAsJsonObject();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
