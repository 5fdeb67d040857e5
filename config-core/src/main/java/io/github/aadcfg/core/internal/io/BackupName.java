package io.github.aadcfg.core.internal.io;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.aadcfg.core.report.BackupKind;

/**
 * A backup's name, {@code <file>.<sequence>.<kind>.<UTC timestamp>.bak}, e.g.
 * {@code app.config.000007.edit.20261125T100000.000Z.bak}, and what it says.
 *
 * <p>Backups are ordered by their sequence number, which the store assigns under the file's lock (the
 * highest sequence among the file's backups plus one), never by the timestamp: a clock that was ahead or
 * behind when a backup was taken changes nothing in which one is the latest or which ones are pruned. The
 * timestamp is for people reading a listing. Names from before sequences, {@code <file>.<timestamp>[-n].bak},
 * still parse: they have sequence 0 (older than every numbered backup), count as {@link BackupKind#EDIT}
 * backups and are ordered among themselves by timestamp. A counter {@code -n} before {@code .bak} only
 * separates two backups that would otherwise have the same name.
 *
 * @param fileName the name of the backed-up file
 * @param sequence the sequence number, 0 for a name from before sequences
 * @param kind     why the backup was taken
 * @param created  the timestamp in the name
 * @param counter  the collision counter, 0 when there is none
 */
record BackupName(String fileName, long sequence, BackupKind kind, Instant created, int counter) {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * What a backup's name adds to the file's name: the optional {@code .<sequence>.<kind>}, the timestamp and
     * the optional collision counter; after a group holding the file's name they are groups 2 to 5.
     */
    static final String SUFFIX =
            "\\.(?:(\\d{1,18})\\.(original|edit|pre-restore)\\.)?(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(\\d{1,9}))?\\.bak";

    /** Any backup name; group 1, the file's name, is the shortest that leaves a backup suffix. */
    static final Pattern ANY = Pattern.compile("(.+?)" + SUFFIX);

    /** Oldest first: by sequence, then (for names from before sequences) by timestamp, then by counter. */
    static final Comparator<BackupName> OLDEST_FIRST = Comparator.comparingLong(BackupName::sequence)
            .thenComparing(BackupName::created).thenComparingInt(BackupName::counter);

    /** The name of a new backup (without collision counter). */
    static BackupName next(String fileName, long sequence, BackupKind kind, Instant now) {
        return new BackupName(fileName, sequence, kind, STAMP.parse(STAMP.format(now), Instant::from), 0);
    }

    /** The suffix alone: its groups 1 to 4 are the sequence, kind, timestamp and counter. */
    private static final Pattern SUFFIX_ONLY = Pattern.compile(SUFFIX);

    /** Parses any backup name; empty when {@code name} is not one. */
    static Optional<BackupName> parse(String name) {
        Matcher m = ANY.matcher(name);
        return m.matches() ? parse(m.group(1), m, 2) : Optional.empty();
    }

    /**
     * Parses {@code name} as a backup of the file named {@code fileName}; empty when it is not one. Matches the
     * suffix after the name with one compiled pattern (pruning parses every backup of every file of a batch).
     */
    static Optional<BackupName> parse(String fileName, String name) {
        if (!name.startsWith(fileName)) {
            return Optional.empty();
        }
        Matcher m = SUFFIX_ONLY.matcher(name).region(fileName.length(), name.length());
        return m.matches() ? parse(fileName, m, 1) : Optional.empty();
    }

    /** The name from a match whose sequence, kind, timestamp and counter are groups {@code first} to +3. */
    private static Optional<BackupName> parse(String fileName, Matcher m, int first) {
        long sequence = m.group(first) == null ? 0 : Long.parseLong(m.group(first));
        BackupKind kind = m.group(first + 1) == null ? BackupKind.EDIT : kindOf(m.group(first + 1));
        int counter = m.group(first + 3) == null ? 0 : Integer.parseInt(m.group(first + 3));
        try {
            return Optional.of(new BackupName(fileName, sequence, kind,
                    STAMP.parse(m.group(first + 2), Instant::from), counter));
        } catch (DateTimeParseException notADate) { // e.g. month 13: not a name aadcfg made
            return Optional.empty();
        }
    }

    private static BackupKind kindOf(String label) {
        for (BackupKind kind : BackupKind.values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(label);
    }

    /** This name with collision counter {@code n}. */
    BackupName withCounter(int n) {
        return new BackupName(fileName, sequence, kind, created, n);
    }

    /** The name as it is on disk. */
    @Override
    public String toString() {
        String prefix = sequence == 0 ? fileName : fileName + "." + zeroPadded(sequence) + "." + kind.label();
        return prefix + "." + STAMP.format(created) + (counter == 0 ? "" : "-" + counter) + ".bak";
    }

    /** At least six digits, as {@code %06d} gives (without a formatter per name). */
    private static String zeroPadded(long sequence) {
        String digits = Long.toString(sequence);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }
}
