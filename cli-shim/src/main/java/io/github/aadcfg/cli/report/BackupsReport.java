package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.aadcfg.core.report.Backup;

/**
 * The backups of one file, most recently made first, each with its kind ({@code original}, {@code edit} or
 * {@code pre-restore}).
 *
 * @param file      the file, as given
 * @param backups   its backups
 * @param directory where they were looked for, or {@code null} on failure
 * @param failure   why they could not be listed, or {@code null}
 */
public record BackupsReport(Path file, List<Backup> backups, Path directory, Failure failure) implements FileReport {

    /** The only outcome: the backups were listed. */
    static final Outcome LISTED = new Outcome("ok", "listed", 0);

    /** The report of a file whose backups could not be listed. */
    public static BackupsReport failed(Path file, RuntimeException e) {
        return new BackupsReport(file, List.of(), null, Failure.of(e));
    }

    @Override
    public Outcome outcome() {
        return LISTED;
    }

    @Override
    public void addFields(JsonObject json) {
        JsonArray array = new JsonArray();
        for (Backup backup : backups) {
            JsonObject value = new JsonObject();
            value.add("path", Json.path(backup.path()));
            value.addProperty("kind", backup.kind().label());
            value.addProperty("created", backup.created().toString());
            value.addProperty("size", backup.size());
            array.add(value);
        }
        json.add("backups", array);
    }

    @Override
    public void printHuman(PrintWriter out, Style style) {
        out.println(Printable.of(file) + ": " + (backups.isEmpty() ? "no backups in " + Printable.of(directory)
                : FileReport.count(backups.size(), "backup")));
        for (Backup backup : backups) {
            out.println("  " + backup.created() + "  " + String.format("%-11s", backup.kind().label()) + "  "
                    + FileReport.count(backup.size(), "byte") + "  " + Printable.of(backup.path()));
        }
    }
}
