package io.github.aadcfg.core.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The core edit APIs refuse values with characters an XML 1.0 file cannot hold, and keep tab, LF and CR. */
class XmlCharsTest {
    @ParameterizedTest
    @ValueSource(ints = {0x0, 0x1, 0x1B, 0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF, 0xD800})
    void aValueWithANonCharacterOrControlIsAnInvalidValue(int codePoint) {
        String value = "a" + new String(Character.toChars(codePoint)) + "b";

        assertThatThrownBy(() -> new SetAppSetting("Key", value)).isInstanceOf(AadcfgException.class)
                .hasMessageContaining("appSettings.value").hasMessageContaining(String.format("U+%04X", codePoint))
                .satisfies(e -> assertThat(((AadcfgException) e).category()).isEqualTo(Category.INVALID_VALUE))
                .extracting(e -> ((AadcfgException) e).code()).isEqualTo("invalid-value");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x9, 0xA, 0xD, 0x7F, 0xE000, 0xFFFD, 0x1F600})
    void tabLineBreaksAndOtherCharactersAreAllowed(int codePoint) {
        XmlChars.require("v", "a" + new String(Character.toChars(codePoint)) + "b");

        assertThat(XmlChars.allowed(codePoint)).isTrue();
    }
}
