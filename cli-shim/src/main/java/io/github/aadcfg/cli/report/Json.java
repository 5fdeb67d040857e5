package io.github.aadcfg.cli.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.SecretMask;

/**
 * The JSON Lines vocabulary shared by every command; the schemas in {@code schema/} beside this class
 * describe each kind of line. Gson does the encoding: paths, messages and diffs hold backslashes, quotes and
 * control characters that must be escaped exactly.
 */
final class Json {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {
    }

    /** One line of JSON, without the line break. */
    static String line(JsonObject object) {
        return GSON.toJson(object);
    }

    /** The line of one file: {@code type}, {@code file}, {@code status}, the command's fields, {@code error}. */
    static JsonObject fileLine(FileReport report, Overrides overrides) {
        JsonObject json = start("file", report.file(), report.status());
        report.addFields(json);
        json.add("error", error(report.failure(), overrides.hint(report.failure())));
        return json;
    }

    /**
     * The line of a run stopped before any file was handled: {@code type}, {@code file}, {@code status},
     * {@code error}, {@code exitCode}.
     */
    static JsonObject errorLine(Failure failure, String hint) {
        JsonObject json = start("error", null, "error");
        json.add("error", error(failure, hint));
        json.addProperty("exitCode", failure.exitCode());
        return json;
    }

    /** An object starting with {@code type}, {@code file} and {@code status}. */
    static JsonObject start(String type, Path file, String status) {
        JsonObject object = new JsonObject();
        object.addProperty("type", type);
        object.add("file", path(file));
        object.addProperty("status", status);
        return object;
    }

    /** A path as a string, or null. */
    static JsonElement path(Path path) {
        return path == null ? JsonNull.INSTANCE : new JsonPrimitive(path.toString());
    }

    /** Findings as {@code [{code, severity, message, line}]}. */
    static JsonArray findings(List<Finding> findings) {
        JsonArray array = new JsonArray();
        findings.forEach(finding -> array.add(finding(finding)));
        return array;
    }

    /**
     * Warnings as {@code [{code, severity, message, line, file}]}: {@code file} is the file {@code line} is in,
     * the transform's for an XDT warning, or else {@code target}.
     */
    static JsonArray warnings(List<Finding> warnings, Path target) {
        JsonArray array = new JsonArray();
        for (Finding warning : warnings) {
            JsonObject object = finding(warning);
            object.add("file", path(warning.file() == null ? target : warning.file()));
            array.add(object);
        }
        return array;
    }

    private static JsonObject finding(Finding finding) {
        JsonObject object = new JsonObject();
        object.addProperty("code", finding.code());
        object.addProperty("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        object.addProperty("message", finding.message());
        object.addProperty("line", finding.line());
        return object;
    }

    /** Texts as an array of strings, secrets masked ({@link SecretMask#text}). */
    static JsonArray texts(List<String> texts) {
        JsonArray array = new JsonArray();
        texts.forEach(text -> array.add(SecretMask.text(text)));
        return array;
    }

    /**
     * A boolean attribute of a .NET config: {@code true} or {@code false} as .NET reads them (any case,
     * surrounding white space), {@code null} when absent, any other value as the string written.
     */
    static JsonElement dotNetBoolean(String value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        String trimmed = value.strip();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return new JsonPrimitive(Boolean.parseBoolean(trimmed));
        }
        return new JsonPrimitive(value);
    }

    /** A failure as {@code {code, message, hint}}, or null; {@code hint} is the option that overrides it, or null. */
    static JsonElement error(Failure failure, String hint) {
        if (failure == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject object = new JsonObject();
        object.addProperty("code", failure.code());
        object.addProperty("message", failure.message());
        object.addProperty("hint", hint);
        return object;
    }
}
