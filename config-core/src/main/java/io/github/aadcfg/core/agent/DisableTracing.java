package io.github.aadcfg.core.agent;

import java.util.Objects;
import java.util.Set;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * The agent's verbose tracing is off. With a backup to consult, {@code <system.diagnostics>} is put back
 * exactly as it was before tracing was turned on (the section of the newest backup that was not verbose),
 * so changes made elsewhere since are kept. Otherwise the text writer listener is removed (where nothing
 * else uses it) and the event log filter is set to {@code level}. Which way it went is in the plan's
 * description of the edit.
 *
 * @param way   whether to consult the file's backups
 * @param level the event log filter's level when no backup is restored, one of {@link #LEVELS}; {@code null}
 *              only with {@link Way#RESTORE_ONLY}
 */
public record DisableTracing(Way way, String level) implements ConfigEdit {
    /** The values {@code EventTypeFilter} accepts ({@code SourceLevels} names). */
    public static final Set<String> LEVELS = Set.of("Off", "Critical", "Error", "Warning", "Information",
            "Verbose", "ActivityTracing", "All");
    /** The level used when tracing is turned off without a backup to restore. */
    public static final String DEFAULT_LEVEL = "Error";

    /** How tracing is turned off. */
    public enum Way {
        /** Restore the section from a backup; without one, lower to the level. */
        RESTORE_OR_LEVEL,
        /** Restore the section from a backup; without one, fail ({@code no-backup}, input unavailable). */
        RESTORE_ONLY,
        /** Do not consult backups: lower to the level. */
        LEVEL_ONLY
    }

    /**
     * Validates the settings.
     *
     * @throws AadcfgException {@code INVALID_VALUE} for an unknown level
     */
    public DisableTracing {
        Objects.requireNonNull(way, "way");
        if (way != Way.RESTORE_ONLY || level != null) {
            checkLevel(level);
        }
    }

    static void checkLevel(String level) {
        XmlChars.require("tracing.level", level);
        if (level == null || !LEVELS.contains(level)) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-level", null, "tracing.level: '" + level
                    + "' is not one of " + String.join(", ", LEVELS.stream().sorted().toList()));
        }
    }

    @Override
    public String description() {
        return switch (way) {
            case RESTORE_OR_LEVEL -> "tracing disable";
            case RESTORE_ONLY -> "tracing disable --restore";
            case LEVEL_ONLY -> "tracing disable --level " + level;
        };
    }
}
