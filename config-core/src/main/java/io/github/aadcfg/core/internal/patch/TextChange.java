package io.github.aadcfg.core.internal.patch;

/**
 * Replace the source characters {@code [start, end)} with {@code replacement}. An insertion has
 * {@code start == end}; a deletion has an empty replacement.
 */
public record TextChange(int start, int end, String replacement) {
    public TextChange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + "," + end + ")");
        }
    }
}
