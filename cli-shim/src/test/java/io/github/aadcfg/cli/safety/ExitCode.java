package io.github.aadcfg.cli.safety;

import java.util.List;

/** Which exit code of aadcfg wins when the files of one run end differently, as its README documents. */
final class ExitCode {
    /** From least to most severe: 70 > 75 > 74 > 73 > 66 > 65 > 2 > 0. */
    private static final List<Integer> SEVERITY = List.of(0, 2, 65, 66, 73, 74, 75, 70);

    private ExitCode() {
    }

    /** The more severe of two exit codes. */
    static int worst(int a, int b) {
        return SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b;
    }
}
