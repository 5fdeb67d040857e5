package io.github.aadcfg.cli.report;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.github.aadcfg.core.internal.text.Lines;
import io.github.aadcfg.core.report.Finding;

/**
 * The JSON Lines vocabulary shared by every command. Gson does the encoding: paths, messages and diffs
 * hold backslashes, quotes and control characters that must be escaped exactly.
 */
final class Json {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {
    }

    /** One line of JSON, without the line break. */
    static String line(JsonObject object) {
        return GSON.toJson(object);
    }

    /** An object starting with {@code file} and {@code status}. */
    static JsonObject report(Path file, String status) {
        JsonObject object = new JsonObject();
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
        for (Finding finding : findings) {
            JsonObject object = new JsonObject();
            object.addProperty("code", finding.code());
            object.addProperty("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
            object.addProperty("message", finding.message());
            object.addProperty("line", finding.line());
            array.add(object);
        }
        return array;
    }

    /** A failure as {@code {code, message}}, or null. */
    static JsonElement error(Failure failure) {
        if (failure == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject object = new JsonObject();
        object.addProperty("code", failure.code());
        object.addProperty("message", failure.message());
        return object;
    }
}
