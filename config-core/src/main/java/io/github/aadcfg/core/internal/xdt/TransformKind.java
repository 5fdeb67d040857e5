package io.github.aadcfg.core.internal.xdt;

import java.util.Locale;
import java.util.Optional;

/**
 * The transforms of the XML-Document-Transform language, with the rules Microsoft's engine applies:
 * how many arguments each takes, whether it acts on the first matching element or on all of them,
 * and whether it acts on the parent of the located element (the inserts).
 */
public enum TransformKind {
    REPLACE("Replace", 0, 0, false, false),
    INSERT("Insert", 0, 0, false, true),
    INSERT_IF_MISSING("InsertIfMissing", 0, 0, false, true),
    INSERT_BEFORE("InsertBefore", 1, 1, false, true),
    INSERT_AFTER("InsertAfter", 1, 1, false, true),
    REMOVE("Remove", 0, 0, false, false),
    REMOVE_ALL("RemoveAll", 0, 0, true, false),
    REMOVE_ATTRIBUTES("RemoveAttributes", 1, Integer.MAX_VALUE, true, false),
    SET_ATTRIBUTES("SetAttributes", 0, Integer.MAX_VALUE, true, false),
    COMMENT_OUT("CommentOut", 0, 0, false, false);

    private final String xdtName;
    private final int minArguments;
    private final int maxArguments;
    private final boolean allTargets;
    private final boolean insertion;

    TransformKind(String xdtName, int minArguments, int maxArguments, boolean allTargets, boolean insertion) {
        this.xdtName = xdtName;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.allTargets = allTargets;
        this.insertion = insertion;
    }

    /** The transform named {@code name} (case-sensitive, as in Microsoft's engine). */
    public static Optional<TransformKind> named(String name) {
        for (TransformKind kind : values()) {
            if (kind.xdtName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The name written in {@code xdt:Transform}. */
    public String xdtName() {
        return xdtName;
    }

    /** Fewest arguments accepted. */
    public int minArguments() {
        return minArguments;
    }

    /** Most arguments accepted. */
    public int maxArguments() {
        return maxArguments;
    }

    /** Whether the transform acts on every located element (otherwise only the first). */
    public boolean appliesToAllTargets() {
        return allTargets;
    }

    /** Whether the transform inserts its element (so the element's children are content, not transforms). */
    public boolean isInsertion() {
        return insertion;
    }

    /** Whether the transform element's children are content rather than further transforms. */
    public boolean ownsChildren() {
        return insertion || this == REPLACE;
    }

    @Override
    public String toString() {
        return xdtName.toLowerCase(Locale.ROOT);
    }
}
