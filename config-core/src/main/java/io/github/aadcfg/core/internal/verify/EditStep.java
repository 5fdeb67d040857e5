package io.github.aadcfg.core.internal.verify;

/** How an edit value is applied: its steps on a session, each verified by the session. */
public interface EditStep {
    /** Brings the session's document to the edit's desired state, only through {@link EditSession#apply}. */
    void applyTo(EditSession session);

    /**
     * What the step did or will do, for the plan: asked after {@link #applyTo}, so that a step that chooses
     * between ways (e.g. restoring from a backup or not) can say which it took.
     */
    String description();

    /**
     * Whether the step applies to any well-formed XML document; {@code false} (the default) for the steps that
     * know .NET configuration, which need a {@code <configuration>} root.
     */
    default boolean anyDocument() {
        return false;
    }
}
