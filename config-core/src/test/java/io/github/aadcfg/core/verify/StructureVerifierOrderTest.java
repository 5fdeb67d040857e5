package io.github.aadcfg.core.verify;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.VerificationFailedException;

/** The verifier pairs siblings by position: every change to a sibling list outside the scope is refused. */
class StructureVerifierOrderTest {
    private final StructureVerifier verifier = new StructureVerifier(Path.of("a.config"));

    private void verify(String before, String after) {
        verifier.verify(verifier.parse(before), verifier.parse(after), List.of(), List.of());
    }

    private static String settings(int count, int changed, String changedValue) {
        StringBuilder text = new StringBuilder("<configuration><appSettings>");
        for (int i = 0; i < count; i++) {
            text.append("\n  <add key=\"k").append(i).append("\" value=\"")
                    .append(i == changed ? changedValue : "v" + i).append("\" />");
        }
        return text.append("\n</appSettings></configuration>").toString();
    }

    @Test
    void identicalDocumentsPass() {
        assertThatCode(() -> verify(settings(3000, -1, ""), settings(3000, -1, ""))).doesNotThrowAnyException();
    }

    @Test
    void aChangedValueAmongManySiblingsIsRefused() {
        assertThatThrownBy(() -> verify(settings(3000, 1500, ""), settings(3000, 1500, "x")))
                .isInstanceOf(VerificationFailedException.class);
    }

    @Test
    void swappedSiblingsAreRefused() {
        assertThatThrownBy(() -> verify("<configuration><a x=\"1\" /><a x=\"2\" /><b /></configuration>",
                "<configuration><a x=\"2\" /><a x=\"1\" /><b /></configuration>"))
                .isInstanceOf(VerificationFailedException.class);
        assertThatThrownBy(() -> verify("<configuration><a /><b /></configuration>",
                "<configuration><b /><a /></configuration>"))
                .isInstanceOf(VerificationFailedException.class);
    }

    @Test
    void anAddedOrRemovedSiblingIsRefused() {
        assertThatThrownBy(() -> verify("<configuration><a /><b /></configuration>",
                "<configuration><a /><b /><b /></configuration>"))
                .isInstanceOf(VerificationFailedException.class);
        assertThatThrownBy(() -> verify("<configuration><a /><a /><b /></configuration>",
                "<configuration><a /><b /></configuration>"))
                .isInstanceOf(VerificationFailedException.class);
        assertThatThrownBy(() -> verify("<configuration><a /><!-- c --><b /></configuration>",
                "<configuration><a /><b /></configuration>"))
                .isInstanceOf(VerificationFailedException.class);
    }
}
