package io.github.aadcfg.core.dotnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.dotnet.XdtCases.XdtCase;
import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.xdt.XdtTransform;

/**
 * aadcfg's XDT engine against Microsoft's: every transform {@link XdtCases} generates from the testdata and corpus
 * configs is applied by aadcfg (as the CLI does, without {@code --force}) and by Microsoft.Web.XmlTransform.dll on
 * Mono ({@link MicrosoftXdt}). Where both succeed, the element trees are the same (namespace-aware; whitespace-only
 * text and comments are left out, as Microsoft's writer rewrites {@code " />"} inside comments), both give the same
 * warnings, and aadcfg's text differs from the source only inside the lines where Microsoft's does. Texts are
 * compared without the BOM and the XML declaration, which Microsoft's writer rewrites; files in a single-byte
 * encoding (windows-1252, ISO-8859-1) on their ASCII characters only, as Mono writes the others as '?'. Where only
 * one engine succeeds, or the trees differ, the case is listed below with the reason: the test fails when any of
 * these sets changes.
 */
class XdtDifferentialTest {
    /**
     * Files aadcfg does not edit without {@code --force}, with their lint error: it refuses every case of them for
     * that error, but those of {@link #LINT_FIXES}.
     */
    static final Map<String, String> LINT_ERROR_FILES = Map.of(
            "corpus/014-autodiscover-checker-systemnet-trace-app.config", "undeclared-listener",
            "variants/configsections-not-first.config", "configsections-not-first",
            "variants/duplicated-sections.config", "duplicate-section",
            "variants/placeholders.config", "placeholder",
            "variants/undeclared-listener.config", "undeclared-listener");

    /** Cases on files of {@link #LINT_ERROR_FILES} that remove the lint errors, so aadcfg applies them. */
    static final Set<String> LINT_FIXES = new Cases()
            .add("removes the placeholders", "variants/placeholders.config /configuration/system.net/defaultProxy/proxy",
                    "Replace Match(usesystemdefault)", "Remove Match(usesystemdefault)", "RemoveAll",
                    "one attribute per line: RemoveAttributes(proxyaddress)")
            .cases().keySet();

    private static final String SECOND_PROXY = "a second <proxy> in <defaultProxy>: the result would have the lint "
            + "error duplicate-section, so aadcfg applies it only with --force";
    private static final String UNDECLARED_LISTENER = "a listener the file does not declare in <sharedListeners>: "
            + "the result would have the lint error undeclared-listener, so aadcfg applies it only with --force";

    /** Cases aadcfg refuses (with the files above) and Microsoft's engine applies, and why. */
    static final Map<String, String> ONLY_MICROSOFT = new Cases()
            .add(SECOND_PROXY, "corpus/001-wallcat-app.config /configuration/system.net/defaultProxy/proxy",
                    "Insert", "InsertAfter(*[last()])", "InsertBefore(first)",
                    "InsertIfMissing Match(usesystemdefault) missing")
            .add(SECOND_PROXY, "variants/proxy-disabled-with-address.config /configuration/system.net/defaultProxy/proxy",
                    "Insert", "InsertAfter(*[last()])", "InsertBefore(first)",
                    "InsertIfMissing Match(usesystemdefault) missing")
            .add(UNDECLARED_LISTENER, "corpus/010-signalr-samples-web.config "
                    + "/configuration/system.diagnostics/sharedListeners/add[1]",
                    "one attribute per line: RemoveAttributes(name)")
            .add(UNDECLARED_LISTENER, "corpus/010-signalr-samples-web.config "
                    + "/configuration/system.diagnostics/sharedListeners/add[2]",
                    "one attribute per line: RemoveAttributes(name)")
            .add(UNDECLARED_LISTENER, "corpus/017-dbsync-oracle-switches-app.config "
                    + "/configuration/system.diagnostics/trace/listeners/add",
                    "Insert", "InsertAfter(*[last()])", "InsertBefore(first)", "InsertIfMissing Match(name) missing",
                    "Replace Match(name)")
            .add(UNDECLARED_LISTENER, "corpus/020-btl-appauth-iishost-web.config "
                    + "/configuration/system.diagnostics/sources/source/listeners/add",
                    "Insert", "InsertAfter(*[last()])", "InsertBefore(first)", "InsertIfMissing Match(name) missing",
                    "Replace Match(name)")
            .add(UNDECLARED_LISTENER, "variants/multiline-attrs.config "
                    + "/configuration/system.diagnostics/sharedListeners/add[1]",
                    "one attribute per line: RemoveAttributes(name)")
            .add(UNDECLARED_LISTENER, "variants/multiline-attrs.config "
                    + "/configuration/system.diagnostics/sharedListeners/add[2]",
                    "one attribute per line: RemoveAttributes(name)")
            .cases();

    private static final String TWO_DEFAULT_NAMESPACES = "Microsoft's engine binds every default namespace on the "
            + "path to one prefix, _defaultNamespace, so it locates nothing below two of them (the root's and "
            + "<assemblyBinding>'s)";
    private static final String DEFAULT_NAMESPACE_REDIRECT = "variants/default-namespace.config "
            + "/configuration/runtime/assemblyBinding/dependentAssembly[2]/bindingRedirect";
    private static final String PAKET = "corpus/035-paket-indenting-namespaced-root-app.config "
            + "/configuration1/runtime/assemblyBinding/dependentAssembly/";
    /**
     * The elements of the cases below two default namespaces: Microsoft's engine warns that nothing matches where
     * aadcfg gives the warnings of the transform.
     */
    static final List<String> BELOW_TWO_DEFAULT_NAMESPACES = List.of(DEFAULT_NAMESPACE_REDIRECT,
            PAKET + "assemblyIdentity", PAKET + "bindingRedirect");

    /** Cases Microsoft's engine fails and aadcfg applies, and why. */
    static final Map<String, String> ONLY_AADCFG = new Cases()
            .add(TWO_DEFAULT_NAMESPACES + ": it finds no parent to insert into", DEFAULT_NAMESPACE_REDIRECT, "Insert", "InsertAfter(*[last()])",
                    "InsertBefore(first)", "InsertIfMissing Match(oldVersion) missing",
                    "InsertIfMissing Match(oldVersion) present")
            .add(TWO_DEFAULT_NAMESPACES + ": it finds no parent to insert into", PAKET + "assemblyIdentity", "Insert", "InsertAfter(*[last()])",
                    "InsertBefore(first)", "InsertIfMissing Match(name) missing", "InsertIfMissing Match(name) present")
            .add(TWO_DEFAULT_NAMESPACES + ": it finds no parent to insert into", PAKET + "bindingRedirect", "Insert", "InsertAfter(*[last()])",
                    "InsertBefore(first)", "InsertIfMissing Match(oldVersion) missing",
                    "InsertIfMissing Match(oldVersion) present")
            .cases();

    /** Cases both engines apply with different trees, and why. */
    static final Map<String, String> DIFFERENT_TREES = new Cases()
            .add(TWO_DEFAULT_NAMESPACES + ": it leaves the file as it is", DEFAULT_NAMESPACE_REDIRECT, "SetAttributes(newVersion) Match(oldVersion)",
                    "SetAttributes Match(oldVersion)", "RemoveAttributes(newVersion) Match(oldVersion)",
                    "RemoveAttributes(oldVersion,newVersion) Match(oldVersion)",
                    "RemoveAttributes(oldVersion) Match(oldVersion)", "SetAttributes Condition",
                    "Replace Match(oldVersion)", "Remove Match(oldVersion)", "RemoveAll")
            .add(TWO_DEFAULT_NAMESPACES + ": it leaves the file as it is", PAKET + "assemblyIdentity", "SetAttributes(culture) Match(name)",
                    "SetAttributes Match(name)", "RemoveAttributes(culture) Match(name)",
                    "RemoveAttributes(name,culture) Match(name)", "RemoveAttributes(name) Match(name)",
                    "SetAttributes Condition", "Replace Match(name)", "Remove Match(name)", "RemoveAll")
            .add(TWO_DEFAULT_NAMESPACES + ": it leaves the file as it is", PAKET + "bindingRedirect", "SetAttributes(newVersion) Match(oldVersion)",
                    "SetAttributes Match(oldVersion)", "RemoveAttributes(newVersion) Match(oldVersion)",
                    "RemoveAttributes(oldVersion,newVersion) Match(oldVersion)",
                    "RemoveAttributes(oldVersion) Match(oldVersion)", "SetAttributes Condition",
                    "Replace Match(oldVersion)", "Remove Match(oldVersion)", "RemoveAll")
            .cases();

    private static final DocumentBuilderFactory DOM = DocumentBuilderFactory.newInstance();

    static {
        DOM.setNamespaceAware(true);
    }

    @TempDir
    Path dir;

    @Test
    void whereBothEnginesApplyATransformTheyGiveTheSameTreeAndAadcfgChangesNoMoreLines() throws IOException {
        List<Path> configs = Testdata.wellFormed();
        List<XdtCase> cases = configs.stream().flatMap(config -> XdtCases.of(config).stream()).toList();
        List<MicrosoftXdt.Job> jobs = new ArrayList<>();
        for (XdtCase generated : cases) {
            Path transform = Files.writeString(dir.resolve(jobs.size() + ".xdt.config"), generated.transform());
            jobs.add(new MicrosoftXdt.Job(generated.config(), transform, dir.resolve(jobs.size() + ".config")));
        }
        Map<Path, MicrosoftXdt> microsoft = MicrosoftXdt.apply(jobs);

        Outcome outcome = new Outcome();
        for (int i = 0; i < cases.size(); i++) {
            MicrosoftXdt.Job job = jobs.get(i);
            outcome.add(cases.get(i), aadcfg(cases.get(i), job.transform()), microsoft.get(job.output()), job.output());
        }
        System.out.printf("xdt differential: %d cases on %d configs, %d applied by both, %d of them with the same "
                + "tree, %d with the same bytes (apart from BOM and XML declaration); only aadcfg: %d, only Microsoft: "
                + "%d (%d of them refused by aadcfg for lint errors, which --force applies with Microsoft's tree); "
                + "refused by both: %d%n", cases.size(), configs.size(), outcome.both, outcome.sameTree,
                outcome.sameBytes, outcome.onlyAadcfg.size(), outcome.onlyMicrosoft.size(), outcome.forcedAlike,
                outcome.neither);

        assertThat(outcome.problems).isEmpty();
        assertThat(outcome.onlyAadcfg.keySet()).as("cases only aadcfg applies (explain each in ONLY_AADCFG): %s",
                outcome.onlyAadcfg).isEqualTo(ONLY_AADCFG.keySet());
        assertThat(outcome.onlyMicrosoft.keySet()).as("cases only Microsoft's engine applies (explain each in "
                + "ONLY_MICROSOFT or LINT_ERROR_FILES): %s", outcome.onlyMicrosoft)
                .isEqualTo(onlyMicrosoftExpected(cases, microsoft, jobs));
        assertThat(outcome.forcedAlike).as("cases only Microsoft applies that aadcfg applies alike with --force")
                .isEqualTo(outcome.onlyMicrosoft.size());
        assertThat(outcome.differentTrees).as("cases both apply with different trees (explain each in "
                + "DIFFERENT_TREES)").isEqualTo(DIFFERENT_TREES.keySet());
        assertThat(outcome.sameTree).as("cases with the same tree").isGreaterThan(2000);
    }

    /** What aadcfg made of a case: its result or refusal, and for a refusal by lint the result with --force. */
    private record AadcfgResult(Plan plan, AadcfgException refusal, Plan forced) {
        boolean succeeded() {
            return plan != null;
        }
    }

    /** The cases counted and sorted by what both engines made of them, and what went wrong. */
    private static final class Outcome {
        private int both;
        private int sameTree;
        private int sameBytes;
        private int neither;
        private int forcedAlike;
        private final Map<String, String> onlyAadcfg = new TreeMap<>();
        private final Map<String, String> onlyMicrosoft = new TreeMap<>();
        private final Set<String> differentTrees = new TreeSet<>();
        private final List<String> problems = new ArrayList<>();

        void add(XdtCase generated, AadcfgResult ours, MicrosoftXdt theirs, Path theirResult) {
            problems.addAll(lintRefusalProblems(generated, ours));
            if (ours.succeeded() && theirs.succeeded()) {
                both++;
                Comparison comparison = compare(generated, ours.plan().editedBytes(), theirResult);
                sameBytes += comparison.sameText() ? 1 : 0;
                if (!comparison.sameTree()) {
                    differentTrees.add(generated.id());
                    return;
                }
                sameTree++;
                problems.addAll(comparison.problems());
                if (BELOW_TWO_DEFAULT_NAMESPACES.stream().noneMatch(generated.id()::startsWith)) {
                    problems.addAll(warningProblems(generated, ours.plan(), theirs));
                }
            } else if (ours.succeeded()) {
                onlyAadcfg.put(generated.id(), String.join("; ", theirs.log()));
            } else if (theirs.succeeded()) {
                onlyMicrosoft.put(generated.id(), ours.refusal().code());
                if (ours.forced() != null) {
                    Comparison forced = compare(generated, ours.forced().editedBytes(), theirResult);
                    problems.addAll(forced.problems());
                    if (forced.sameTree()) {
                        forcedAlike++;
                    } else {
                        problems.add(generated.id() + ": with --force, another tree than Microsoft's: " + forced.diff());
                    }
                }
            } else {
                neither++;
            }
        }
    }

    /** The cases of {@link #ONLY_MICROSOFT}, and those of the lint error files that Microsoft's engine applies. */
    private static Set<String> onlyMicrosoftExpected(List<XdtCase> cases, Map<Path, MicrosoftXdt> microsoft,
            List<MicrosoftXdt.Job> jobs) {
        Set<String> expected = new TreeSet<>(ONLY_MICROSOFT.keySet());
        for (int i = 0; i < cases.size(); i++) {
            if (LINT_ERROR_FILES.containsKey(relative(cases.get(i).config())) && !LINT_FIXES.contains(cases.get(i).id())
                    && microsoft.get(jobs.get(i).output()).succeeded()) {
                expected.add(cases.get(i).id());
            }
        }
        return expected;
    }

    private static AadcfgResult aadcfg(XdtCase generated, Path transformFile) {
        byte[] source = Testdata.read(generated.config());
        List<XdtTransform> transform = List.of(XdtTransform.parse(transformFile, Testdata.read(transformFile)));
        try {
            return new AadcfgResult(ConfigEditor.builder().build().plan(generated.config(), source, transform), null,
                    null);
        } catch (AadcfgException refused) {
            if (!refused.code().equals("lint-errors") && !refused.code().equals("verify-lint")) {
                return new AadcfgResult(null, refused, null);
            }
            try {
                return new AadcfgResult(null, refused,
                        ConfigEditor.builder().force(true).build().plan(generated.config(), source, transform));
            } catch (AadcfgException alsoForced) {
                return new AadcfgResult(null, refused, null); // the transform's own error, which --force keeps
            }
        }
    }

    /** Files with lint errors are refused, but where the transform removes them, and no other file is. */
    private static List<String> lintRefusalProblems(XdtCase generated, AadcfgResult ours) {
        boolean listed = LINT_ERROR_FILES.containsKey(relative(generated.config()))
                && !LINT_FIXES.contains(generated.id());
        String lintError = LINT_ERROR_FILES.get(relative(generated.config()));
        boolean refusedWhole = ours.refusal() != null && ours.refusal().code().equals("lint-errors")
                && ours.refusal().getMessage().contains("[" + lintError + "]");
        return listed == refusedWhole ? List.of() : List.of(generated.id() + (listed
                ? ": a file of LINT_ERROR_FILES, but aadcfg did not refuse it for its lint error " + lintError
                        + " (list it in LINT_FIXES if the transform removes the error)"
                : ": aadcfg refused it for lint errors, but the file is not in LINT_ERROR_FILES: " + ours.refusal()));
    }

    /**
     * How aadcfg's result compares with Microsoft's.
     *
     * @param sameTree whether the element trees are the same
     * @param diff     XMLUnit's description of the first difference of the trees
     * @param sameText whether the texts are the same (apart from BOM and XML declaration)
     * @param problems lines aadcfg changed where Microsoft's engine did not
     */
    private record Comparison(boolean sameTree, String diff, boolean sameText, List<String> problems) {
    }

    private static Comparison compare(XdtCase generated, byte[] ours, Path theirsFile) {
        byte[] sourceBytes = Testdata.read(generated.config());
        boolean asciiOnly = !SourceDecoder.decode(generated.config(), sourceBytes).charset().name().startsWith("UTF");
        String source = text(generated.config(), sourceBytes, asciiOnly);
        String aadcfg = text(generated.config(), ours, asciiOnly);
        String microsoft = text(theirsFile, Testdata.read(theirsFile), asciiOnly);
        if (aadcfg.equals(microsoft)) {
            return new Comparison(true, "", true, List.of());
        }
        Diff diff = DiffBuilder.compare(Input.fromString(microsoft)).withTest(Input.fromString(aadcfg))
                .withDocumentBuilderFactory(DOM).ignoreElementContentWhitespace()
                .withNodeFilter(node -> node.getNodeType() != Node.COMMENT_NODE).build();
        List<ChangedLines.Range> outside = ChangedLines.between(source, microsoft)
                .outside(ChangedLines.between(source, aadcfg));
        List<String> problems = outside.isEmpty() ? List.of() : List.of(generated.id()
                + ": aadcfg changed source lines Microsoft's engine left as they were: " + outside);
        return new Comparison(!diff.hasDifferences(), diff.toString(), false, problems);
    }

    /**
     * Both warn alike: aadcfg's messages are Microsoft's, after the transform file's line:column; compared without
     * what they quote, as the XPaths they quote name namespaces differently.
     */
    private static List<String> warningProblems(XdtCase generated, Plan ours, MicrosoftXdt theirs) {
        List<String> aadcfg = ours.warnings().stream().map(Finding::message)
                .map(message -> withoutQuotes(message.replaceFirst("^[^:]*:\\d+:\\d+: ", ""))).sorted().toList();
        List<String> microsoft = theirs.log().stream().filter(line -> line.startsWith("warning "))
                .map(line -> withoutQuotes(line.substring("warning ".length()))).sorted().toList();
        return aadcfg.equals(microsoft) ? List.of() : List.of(generated.id() + ": aadcfg warns " + aadcfg
                + ", Microsoft's engine " + microsoft);
    }

    private static String withoutQuotes(String message) {
        return message.replaceFirst("'.*'", "'...'");
    }

    /** The text as compared: no BOM, no XML declaration, and for a single-byte encoding only ASCII. */
    private static String text(Path file, byte[] bytes, boolean asciiOnly) {
        String text = SourceDecoder.decode(file, bytes).text().replaceFirst("\\A<\\?xml[^>]*\\?>", "");
        return asciiOnly ? text.replaceAll("[^\\x00-\\x7F]", "?") : text;
    }

    private static String relative(Path config) {
        return Testdata.ROOT.relativize(config).toString();
    }

    /** Builds a map of case ids to the reason, several cases of one element at a time. */
    private static final class Cases {
        private final Map<String, String> cases = new LinkedHashMap<>();

        /** The cases named {@code names} of {@code element} ("CONFIG ELEMENT-PATH"), for {@code reason}. */
        Cases add(String reason, String element, String... names) {
            for (String name : names) {
                cases.put(element + " " + name, reason);
            }
            return this;
        }

        Map<String, String> cases() {
            return Map.copyOf(cases);
        }
    }
}
