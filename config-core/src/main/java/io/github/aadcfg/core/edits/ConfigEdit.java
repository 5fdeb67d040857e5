package io.github.aadcfg.core.edits;

/**
 * One desired-state edit of a config file, as a value: e.g. "the proxy is http://proxy:8080". Applying an
 * edit to a document already in that state changes nothing. Edits validate their arguments when created,
 * so an invalid value fails before any file is read.
 *
 * <p>The edits are aadcfg's own: {@link XPathEdit}, the agent's edits in {@code io.github.aadcfg.core.agent}
 * and {@code io.github.aadcfg.core.xdt.XdtTransform}. The engine applies them; it refuses any other
 * implementation of this interface.
 */
public interface ConfigEdit {
    /** A short description for logs and messages, e.g. {@code proxy set http://proxy:8080}. */
    String description();
}
