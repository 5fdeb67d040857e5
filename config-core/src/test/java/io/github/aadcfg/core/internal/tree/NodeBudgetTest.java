package io.github.aadcfg.core.internal.tree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.text.SourceText;

import static org.assertj.core.api.Assertions.assertThat;

/** The node budget leaves room for the text as Java stores it: one byte per Latin-1 character, else two. */
class NodeBudgetTest {
    private static SourceText decode(String text) {
        return SourceDecoder.decode(Path.of("a.config"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textBeyondLatin1LeavesLessRoomForNodes() {
        String filler = "x".repeat(1_000_000);
        SourceText ascii = decode("<configuration><!--" + filler + "--></configuration>");
        SourceText latin1 = decode("<configuration><!--\u00e9" + filler + "--></configuration>");
        SourceText wide = decode("<configuration><!--\u20ac" + filler + "--></configuration>");

        assertThat(SourceParser.nodeBudget(ascii)).isEqualTo(expected(ascii, 4));
        assertThat(SourceParser.nodeBudget(latin1)).isEqualTo(expected(latin1, 4));
        assertThat(SourceParser.nodeBudget(wide)).isEqualTo(expected(wide, 7));
        assertThat(SourceParser.nodeBudget(wide)).isLessThan(SourceParser.nodeBudget(latin1));
    }

    private static int expected(SourceText source, int bytesPerCharacter) {
        return (int) ((Runtime.getRuntime().maxMemory() - (long) bytesPerCharacter * source.text().length()) / 96);
    }
}
