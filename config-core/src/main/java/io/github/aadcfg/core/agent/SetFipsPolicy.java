package io.github.aadcfg.core.agent;

import io.github.aadcfg.core.edits.ConfigEdit;

/**
 * {@code runtime/enforceFIPSPolicy@enabled} is {@code enforce}, inside the existing {@code <runtime>} (as its
 * first child) when there is one, else in a new {@code <runtime>} before {@code </configuration>}.
 *
 * @param enforce whether the FIPS policy is enforced
 */
public record SetFipsPolicy(boolean enforce) implements ConfigEdit {
    @Override
    public String description() {
        return "fips --enforce=" + enforce;
    }
}
