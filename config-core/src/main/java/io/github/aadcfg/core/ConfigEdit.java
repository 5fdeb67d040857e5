package io.github.aadcfg.core;

import io.github.aadcfg.core.edit.EditSession;

/**
 * One desired-state edit of a config file, e.g. "the proxy is http://proxy:8080". Applying an edit to a
 * document already in that state changes nothing. Edits validate their arguments when constructed and
 * only ever change the document through {@link EditSession#apply}, which verifies every step.
 */
public interface ConfigEdit {
    /** Brings the session's document to this edit's desired state. */
    void applyTo(EditSession session);

    /** A short description for logs and messages, e.g. {@code proxy set http://proxy:8080}. */
    String description();
}
