package io.github.aadcfg.cli.report;

import java.io.PrintWriter;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.aadcfg.core.RestartOutcome;
import io.github.aadcfg.core.RolledBack;

/**
 * What {@code --restart-service} did after the files: restarted the service, left it alone (nothing changed), or
 * failed to get it running with the change, and then put the files back.
 *
 * @param outcome what the restart came to
 * @param failure why the service does not run with the change, or {@code null}
 */
public record ServiceReport(RestartOutcome outcome, Failure failure) {
    /** The report of {@code outcome}. */
    public static ServiceReport of(RestartOutcome outcome) {
        return new ServiceReport(outcome, outcome.failure() == null ? null : Failure.of(outcome.failure()));
    }

    /** The JSON {@code status}: {@code restarted}, {@code not-needed} (nothing changed) or {@code error}. */
    String status() {
        return failure != null ? "error" : outcome.restarted() ? "restarted" : "not-needed";
    }

    /**
     * The JSON line: {@code type} {@code service}, {@code file} null, {@code status}, {@code service} (its name),
     * {@code rolledBack} (the files put back: {@code {file, from, backup, error}}), {@code error}.
     */
    JsonObject json() {
        JsonObject json = Json.start("service", null, status());
        json.addProperty("service", outcome.service());
        JsonArray rolledBack = new JsonArray();
        for (RolledBack file : outcome.rollback()) {
            JsonObject object = new JsonObject();
            object.add("file", Json.path(file.file()));
            object.add("from", Json.path(file.from()));
            object.add("backup", Json.path(file.backup()));
            object.add("error", Json.error(file.failure() == null ? null : Failure.of(file.failure()), null));
            rolledBack.add(object);
        }
        json.add("rolledBack", rolledBack);
        json.add("error", Json.error(failure, null));
        return json;
    }

    /**
     * The human lines: {@code service NAME: restarted}, {@code service NAME: not restarted, nothing changed}, or
     * {@code service NAME: error: REASON} with each file put back indented below it.
     */
    void printHuman(PrintWriter out) {
        String service = "service " + Printable.of(outcome.service()) + ": ";
        if (failure == null) {
            out.println(service + (outcome.restarted() ? "restarted" : "not restarted, nothing changed"));
            return;
        }
        out.println(service + "error: " + Printable.of(failure.message()));
        for (RolledBack file : outcome.rollback()) {
            out.println("  " + (file.failure() == null ? Printable.of(file.file()) + ": restored from "
                    + Printable.of(file.from()) + (file.backup() == null ? "" : " (backup: "
                    + Printable.of(file.backup()) + ")") : Failure.of(file.failure()).humanLine(file.file(), null)));
        }
    }
}
