package io.github.aadcfg.core;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Catching aadcfg's errors by category, the way adapters tell them apart. */
public final class Failures {
    private Failures() {
    }

    /** The error {@code call} throws, asserting it is an {@link AadcfgException} of {@code category}. */
    public static AadcfgException thrown(Category category, ThrowingCallable call) {
        AadcfgException error = catchThrowableOfType(AadcfgException.class, call);
        assertThat(error).as("an AadcfgException of category " + category).isNotNull();
        assertThat(error.category()).as("category of: " + error.getMessage()).isEqualTo(category);
        return error;
    }

    /** The error {@code call} throws, or {@code null} when it throws none; an error must be of {@code category}. */
    public static AadcfgException caught(Category category, ThrowingCallable call) {
        AadcfgException error = catchThrowableOfType(AadcfgException.class, call);
        if (error != null) {
            assertThat(error.category()).as("category of: " + error.getMessage()).isEqualTo(category);
        }
        return error;
    }
}
