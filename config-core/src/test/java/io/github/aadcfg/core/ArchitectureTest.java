package io.github.aadcfg.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of config-core follow the pipeline: each uses only the packages before it in {@link #PIPELINE}
 * (so there is no cycle and no upward arrow), and the README's layout lists them in that order.
 */
class ArchitectureTest {
    private static final String BASE = "io.github.aadcfg.core";
    /** The packages, relative to {@link #BASE}, in pipeline order; the facade ({@code ""}) comes last. */
    static final List<String> PIPELINE = List.of("report", "internal.text", "internal.tree", "internal.xpath",
            "internal.patch", "edits", "agent", "internal.verify", "internal.lint", "internal.io", "internal.diff",
            "internal.agent", "internal.xdt", "xdt", "internal.edit", "");

    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void everyPackageIsInThePipeline() {
        Set<String> packages = new TreeSet<>();
        CLASSES.forEach(c -> packages.add(relative(c.getPackageName())));

        assertThat(packages).as("packages of config-core").containsExactlyInAnyOrderElementsOf(PIPELINE);
    }

    @Test
    void noPackageUsesOneLaterInThePipeline() {
        List<String> upward = new ArrayList<>();
        int dependencies = 0;
        for (JavaClass origin : CLASSES) {
            int from = PIPELINE.indexOf(relative(origin.getPackageName()));
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().startsWith(BASE) || target.getPackageName().equals(origin.getPackageName())) {
                    continue;
                }
                dependencies++;
                if (PIPELINE.indexOf(relative(target.getPackageName())) > from) {
                    upward.add(dependency.getDescription());
                }
            }
        }

        assertThat(dependencies).as("dependencies between packages examined").isGreaterThan(100);
        assertThat(upward).as("dependencies on a package later in the pipeline").isEmpty();
    }

    @Test
    void theReadmeListsThePackagesInPipelineOrder() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher layout = Pattern.compile("(?s)## Layout\n.*?- `config-core/`(.*?)\n- `cli-shim/`").matcher(readme);
        assertThat(layout.find()).as("README has a Layout section with a config-core/ item").isTrue();
        List<String> listed = new ArrayList<>();
        Matcher name = Pattern.compile("`((?:internal\\.)?[a-z]+)`").matcher(layout.group(1));
        while (name.find()) {
            listed.add(name.group(1));
        }

        assertThat(listed).as("packages named in the README's layout, in order")
                .isEqualTo(PIPELINE.subList(0, PIPELINE.size() - 1));
    }

    private static String relative(String packageName) {
        return packageName.equals(BASE) ? "" : packageName.substring(BASE.length() + 1);
    }
}
