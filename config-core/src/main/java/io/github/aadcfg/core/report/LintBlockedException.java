package io.github.aadcfg.core.report;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.github.aadcfg.core.report.AadcfgException.Category;

/** An edit was refused because the file already has error-level lint findings (use force to edit anyway). */
public class LintBlockedException extends AadcfgException {
    private static final long serialVersionUID = 1L;
    private final transient List<Finding> findings;

    public LintBlockedException(Path file, List<Finding> findings) {
        super(Category.BAD_DATA, "lint-errors", file, findings.isEmpty() ? 0 : findings.get(0).line(), 0,
                "the file has lint errors, so it is not edited: "
                        + findings.stream().filter(Finding::isError).map(Finding::toString)
                                .collect(Collectors.joining("; "))
                        + ". Fix them first, or force the edit", null);
        this.findings = List.copyOf(findings);
    }

    /** The findings that blocked the edit. */
    public List<Finding> findings() {
        return findings;
    }

}
