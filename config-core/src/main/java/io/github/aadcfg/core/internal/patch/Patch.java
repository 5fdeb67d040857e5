package io.github.aadcfg.core.internal.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of non-overlapping text changes to one document, with the elements they are meant to touch:
 * {@code touchedBefore} in the document as it was, {@code touchedAfter} in the result. The verifier
 * refuses a result that differs from the original anywhere else.
 *
 * @param changes       the text changes
 * @param touchedBefore elements of the original the changes may alter or remove
 * @param touchedAfter  elements of the result the changes may have altered or created
 */
public record Patch(List<TextChange> changes, List<ElementPath> touchedBefore, List<ElementPath> touchedAfter) {
    /** A patch that changes nothing. */
    public static final Patch NONE = new Patch(List.of(), List.of(), List.of());

    public Patch {
        changes = List.copyOf(changes);
        touchedBefore = List.copyOf(touchedBefore);
        touchedAfter = List.copyOf(touchedAfter);
    }

    /** A single change touching one element, the same one before and after. */
    public static Patch of(TextChange change, ElementPath touched) {
        return new Patch(List.of(change), List.of(touched), List.of(touched));
    }

    /** Whether the patch changes nothing. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** This patch and another one combined; their changes must not overlap. */
    public Patch and(Patch other) {
        List<TextChange> all = new ArrayList<>(changes);
        all.addAll(other.changes);
        List<ElementPath> before = new ArrayList<>(touchedBefore);
        before.addAll(other.touchedBefore);
        List<ElementPath> after = new ArrayList<>(touchedAfter);
        after.addAll(other.touchedAfter);
        return new Patch(all, before, after);
    }

    /** The first character of the original text the changes replace (or insert at). */
    public int changedFrom() {
        return changes.stream().mapToInt(TextChange::start).min().orElseThrow();
    }

    /** The end of the last characters of the original text the changes replace (or insert at). */
    public int changedTo() {
        return changes.stream().mapToInt(TextChange::end).max().orElseThrow();
    }

    /**
     * What the characters {@code [changedFrom(), changedTo())} of {@code text} become: the changes applied
     * to that range, the characters between them kept.
     */
    public String replacementIn(String text) {
        int from = changedFrom();
        return applyTo(text.substring(from, changedTo()), -from);
    }

    /**
     * Applies the changes, moved by {@code shift} characters, to {@code text}: every character outside the
     * changed ranges is copied as is.
     *
     * @throws IllegalStateException when changes overlap
     */
    private String applyTo(String text, int shift) {
        List<TextChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(TextChange::start).thenComparingInt(TextChange::end));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int copied = 0;
        for (TextChange change : sorted) {
            int start = change.start() + shift;
            if (start < copied) {
                throw new IllegalStateException("overlapping changes at offset " + change.start());
            }
            out.append(text, copied, start).append(change.replacement());
            copied = change.end() + shift;
        }
        return out.append(text, copied, text.length()).toString();
    }
}
