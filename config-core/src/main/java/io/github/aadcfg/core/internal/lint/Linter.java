package io.github.aadcfg.core.internal.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dom4j.Attribute;
import org.dom4j.Element;

import io.github.aadcfg.core.agent.ProxyAddress;
import io.github.aadcfg.core.internal.tree.Children;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.Severity;

/**
 * Finds the mistakes that stop the agent (or any .NET application) from starting, or that leave a
 * documented edit half done. Codes are stable; see {@link #CODES}.
 */
public final class Linter {
    /** Every code this linter reports. */
    public static final List<String> CODES = List.of("not-dotnet-config", "configsections-not-first",
            "duplicate-section", "placeholder", "invalid-proxy-address", "undeclared-listener",
            "proxy-disabled-with-address", "duplicate-appsetting-key", "undeclared-section", "root-attribute",
            "nested-default-proxy", "bypass-not-a-regex", "bypass-too-broad", "fips-policy-outside-runtime",
            "ecma2host-debug", "verbose-tracing-on");

    /** Section groups whose children are sections that may appear only once. */
    private static final Set<String> UNIQUE_CHILDREN = Set.of("configuration", "system.net", "system.diagnostics",
            "defaultProxy");
    /**
     * The sections and section groups machine.config declares (the .NET Framework 4.x one and Mono's), which a
     * file may use without declaring them in its own {@code <configSections>}; plus the elements of the
     * configuration schema itself.
     */
    private static final Set<String> MACHINE_SECTIONS = Set.of("configSections", "configProtectedData", "location",
            "appSettings", "connectionStrings", "mscorlib", "runtime", "assemblyBinding", "satelliteassemblies",
            "startup", "system.data", "system.data.dataset", "system.data.odbc", "system.data.oledb",
            "system.data.oracleclient", "system.data.sqlclient", "system.diagnostics", "system.runtime.remoting",
            "system.windows.forms", "system.codedom", "windows", "strongNames", "system.runtime.serialization",
            "system.web", "system.web.extensions", "system.net", "system.drawing", "system.serviceModel",
            "system.serviceModel.activation", "system.transactions", "system.webServer", "uri",
            "system.runtime.caching", "system.xml.serialization", "system.identityModel",
            "system.identityModel.services", "system.deployment", "system.enterpriseServices",
            "system.xaml.hosting", "system.web.webPages.razor", "system.applicationHost");
    /** Elements that may legally repeat among the children of {@code <configuration>}. */
    private static final Set<String> REPEATABLE = Set.of("location");

    private final SourceDocument document;
    private final boolean errorsOnly;
    private final List<Finding> findings = new ArrayList<>();

    private Linter(SourceDocument document, boolean errorsOnly) {
        this.document = document;
        this.errorsOnly = errorsOnly;
    }

    /** Lints a parsed document. */
    public static List<Finding> lint(SourceDocument document) {
        Linter linter = new Linter(document, false);
        linter.run();
        return List.copyOf(linter.findings);
    }

    /** The error-level findings only; cheaper than {@link #lint}, which also runs the checks that only warn. */
    public static List<Finding> errors(SourceDocument document) {
        Linter linter = new Linter(document, true);
        linter.run();
        return linter.findings.stream().filter(Finding::isError).toList();
    }

    private void run() {
        Element root = document.root();
        if (!root.getName().equals("configuration")) {
            add("not-dotnet-config", Severity.ERROR, root, "the root element is <" + root.getQualifiedName()
                    + ">, not <configuration>: this is not a .NET configuration file");
            return;
        }
        checkConfigSectionsFirst(root);
        checkRootAttributes(root);
        checkSectionsDeclared(root);
        List<Finding> placeholders = mayHoldPlaceholders(document.text()) ? new ArrayList<>() : null;
        checkEveryElement(root, placeholders);
        if (placeholders != null) {
            findings.addAll(placeholders);
        }
        checkProxy(root);
        checkListeners(root);
        checkEcma2HostDebug(root);
        if (!errorsOnly) { // the checks that only warn
            checkAppSettingKeys(root);
            checkBypassList(root);
            checkFipsPolicyPlace(root);
            checkVerboseTracing(root);
        }
    }

    private void checkAppSettingKeys(Element root) {
        for (Element appSettings : Sections.children(root, "appSettings")) {
            Map<String, Element> first = new HashMap<>();
            for (Element child : Children.elements(appSettings)) {
                if (child.getName().equals("clear")) {
                    first.clear();
                }
                String key = child.attributeValue("key");
                if (key == null || child.getName().equals("remove")) {
                    first.remove(key);
                    continue;
                }
                Element earlier = first.putIfAbsent(key, child);
                if (earlier != null && child.getName().equals("add")) {
                    add("duplicate-appsetting-key", Severity.WARNING, child, "appSettings key '" + key
                            + "' is set again (first at line " + document.lineOf(earlier) + "); the last one wins");
                }
            }
        }
    }

    /** The runtime refuses any attribute of {@code <configuration>} but its default namespace. */
    private void checkRootAttributes(Element root) {
        for (Attribute attribute : root.attributes()) {
            add("root-attribute", Severity.ERROR, root, "<configuration> has the attribute '"
                    + attribute.getQualifiedName() + "'; the configuration system refuses every attribute of the "
                    + "root element (\"Unrecognized attribute\"), so the application fails to start: remove it");
        }
        for (var declared : root.declaredNamespaces()) {
            if (!declared.getPrefix().isEmpty()) {
                add("root-attribute", Severity.ERROR, root, "<configuration> declares the namespace prefix '"
                        + declared.getPrefix() + "'; the configuration system refuses it (\"Unrecognized "
                        + "attribute\"), so the application fails to start: remove xmlns:" + declared.getPrefix());
            }
        }
    }

    /** A child of {@code <configuration>} must be a section machine.config or the file declares. */
    private void checkSectionsDeclared(Element root) {
        Set<String> declared = new HashSet<>(MACHINE_SECTIONS);
        Sections.child(root, "configSections").ifPresent(sections -> {
            for (Element declaration : Children.elements(sections)) {
                String name = declaration.attributeValue("name");
                if (name != null) {
                    declared.add(name);
                }
            }
        });
        for (Element child : Children.elements(root)) {
            if (!declared.contains(child.getName())) {
                add("undeclared-section", Severity.ERROR, child, "<" + child.getQualifiedName() + "> is not a "
                        + "section the configuration system knows (\"Unrecognized configuration section\"), so the "
                        + "application fails to start: declare it in <configSections> or remove it");
            }
        }
    }

    private void checkConfigSectionsFirst(Element root) {
        boolean first = true;
        for (Element child : Children.elements(root)) {
            if (!first && child.getName().equals("configSections")) {
                add("configsections-not-first", Severity.ERROR, child,
                        "<configSections> must be the first child of <configuration>, or the application "
                                + "refuses to start; move it to the top");
            }
            first = false;
        }
    }

    /**
     * Whether an attribute of a file with this text can hold a placeholder: the text holds one as written,
     * or a character reference, which could spell one. Most files hold neither, and then no attribute needs
     * to be read.
     */
    private static boolean mayHoldPlaceholders(String text) {
        return text.contains("[proxy-") || text.contains("&#");
    }

    /**
     * The checks that apply wherever an element is, in one walk over the whole tree; placeholder findings
     * go to {@code placeholders} (null when no attribute can hold one), reported after all duplicate sections.
     */
    private void checkEveryElement(Element element, List<Finding> placeholders) {
        if (placeholders != null) {
            checkPlaceholders(element, placeholders);
        }
        if (UNIQUE_CHILDREN.contains(element.getName())) {
            checkDuplicates(element);
        }
        for (Element child : Children.elements(element)) {
            checkEveryElement(child, placeholders);
        }
    }

    private void checkDuplicates(Element element) {
        Map<String, Element> first = new HashMap<>();
        for (Element child : Children.elements(element)) {
            if (REPEATABLE.contains(child.getName())) {
                continue;
            }
            Element earlier = first.putIfAbsent(child.getName(), child);
            if (earlier != null) {
                add("duplicate-section", Severity.ERROR, child, "<" + child.getName() + "> appears again (first at "
                        + "line " + document.lineOf(earlier) + "); a section may appear only once at the same "
                        + "level, or the application fails to start. Merge the two");
            }
        }
    }

    private void checkPlaceholders(Element element, List<Finding> placeholders) {
        for (Attribute attribute : element.attributes()) {
            String value = attribute.getValue();
            if (value.indexOf('[') >= 0 && (value.contains("[proxy-server]") || value.contains("[proxy-port]"))) {
                placeholders.add(new Finding("placeholder", Severity.ERROR, "attribute " + attribute.getName()
                        + " still holds the documentation's placeholder [proxy-server]/[proxy-port]; set the real "
                        + "proxy address", document.lineOf(element, attribute.getQualifiedName())));
            }
        }
    }

    private void checkProxy(Element root) {
        for (Element systemNet : Sections.children(root, "system.net")) {
            for (Element defaultProxy : Sections.children(systemNet, "defaultProxy")) {
                for (Element nested : Sections.children(defaultProxy, "defaultProxy")) {
                    add("nested-default-proxy", Severity.ERROR, nested, "<defaultProxy> inside <defaultProxy>: "
                            + "the runtime allows only <proxy>, <bypasslist> and <module> there and refuses the "
                            + "section (\"Unrecognized element 'defaultProxy'\"); merge it into the outer one");
                }
                Optional<Element> proxy = Sections.child(defaultProxy, "proxy");
                String address = proxy.map(p -> p.attributeValue("proxyaddress")).orElse(null);
                if (address == null) {
                    continue;
                }
                boolean placeholder = address.contains("[proxy-server]") || address.contains("[proxy-port]");
                Optional<String> problem = ProxyAddress.problem(address);
                if (problem.isPresent() && !placeholder) {
                    add("invalid-proxy-address", Severity.ERROR, document.lineOf(proxy.get(), "proxyaddress"),
                            problem.get());
                }
                if ("false".equalsIgnoreCase(defaultProxy.attributeValue("enabled"))) {
                    add("proxy-disabled-with-address", Severity.WARNING, defaultProxy,
                            "defaultProxy has enabled=\"false\" but a proxy address is set, so the proxy is not "
                                    + "used; set enabled=\"true\" or remove the address");
                }
            }
        }
    }

    private void checkListeners(Element root) {
        for (Element diagnostics : Sections.children(root, "system.diagnostics")) {
            Set<String> shared = new HashSet<>();
            Sections.child(diagnostics, "sharedListeners").ifPresent(s -> Sections.children(s, "add")
                    .forEach(add -> shared.add(add.attributeValue("name"))));
            List<Element> listenerLists = new ArrayList<>();
            Sections.child(diagnostics, "sources").ifPresent(sources -> Sections.children(sources, "source")
                    .forEach(source -> Sections.child(source, "listeners").ifPresent(listenerLists::add)));
            Sections.path(diagnostics, "trace", "listeners").ifPresent(listenerLists::add);
            for (Element listeners : listenerLists) {
                for (Element add : Sections.children(listeners, "add")) {
                    String name = add.attributeValue("name");
                    if (name != null && add.attributeValue("type") == null && !shared.contains(name)) {
                        add("undeclared-listener", Severity.ERROR, add, "listener '" + name + "' is used but not "
                                + "declared in <sharedListeners> (and has no type of its own); declare it or "
                                + "remove the reference");
                    }
                }
            }
        }
    }

    /** Bypass entries are regular expressions matched anywhere in {@code scheme://host[:port]} of a URL. */
    private void checkBypassList(Element root) {
        for (Element systemNet : Sections.children(root, "system.net")) {
            for (Element defaultProxy : Sections.children(systemNet, "defaultProxy")) {
                Optional<Element> bypassList = Sections.child(defaultProxy, "bypasslist");
                for (Element add : bypassList.map(b -> Sections.children(b, "add")).orElse(List.of())) {
                    String address = add.attributeValue("address");
                    if (address != null) {
                        BypassEntry.problem(address).ifPresent(problem -> add(problem.code(), Severity.WARNING,
                                add, problem.message()));
                    }
                }
            }
        }
    }

    /** {@code enforceFIPSPolicy} is read only as a child of {@code <runtime>}. */
    private void checkFipsPolicyPlace(Element root) {
        for (Element child : Children.elements(root)) {
            if (!child.getName().equals("runtime")) {
                findFipsPolicy(child);
            }
        }
    }

    private void findFipsPolicy(Element element) {
        for (Element child : Children.elements(element)) {
            if (child.getName().equals("enforceFIPSPolicy")) {
                add("fips-policy-outside-runtime", Severity.WARNING, child, "<enforceFIPSPolicy> inside <"
                        + element.getQualifiedName() + "> has no effect: the runtime reads it only as a child of "
                        + "<runtime>; move it there");
            }
            findFipsPolicy(child);
        }
    }

    /** The ECMA2Host documents that {@code Debug=true} turns its authentication off. */
    private void checkEcma2HostDebug(Element root) {
        Path name = document.file() == null ? null : document.file().getFileName();
        if (name == null || !name.toString().equalsIgnoreCase("Microsoft.ECMA2Host.Service.exe.config")) {
            return;
        }
        for (Element appSettings : Sections.children(root, "appSettings")) {
            for (Element add : Sections.children(appSettings, "add")) {
                if ("Debug".equals(add.attributeValue("key")) && "true".equalsIgnoreCase(add.attributeValue("value"))) {
                    add("ecma2host-debug", Severity.ERROR, add, "appSettings Debug=true turns off the ECMA2Host's "
                            + "authentication (Microsoft's guide: set it back to false when done debugging); set "
                            + "it to false");
                }
            }
        }
    }

    /** Verbose tracing fills the disk when left on; Microsoft's guide turns it on for troubleshooting only. */
    private void checkVerboseTracing(Element root) {
        Sections.path(root, "system.diagnostics", "sources")
                .flatMap(sources -> Sections.childWith(sources, "source", "name", "AAD Connect Provisioning Agent"))
                .flatMap(source -> Sections.child(source, "listeners"))
                .flatMap(listeners -> Sections.childWith(listeners, "add", "name", "textWriterListener"))
                .ifPresent(add -> add("verbose-tracing-on", Severity.WARNING, add, "verbose tracing is on: the "
                        + "agent writes every trace to its log file, which grows until turned off; turn it off "
                        + "when done troubleshooting (aadcfg tracing disable)"));
    }

    private void add(String code, Severity severity, Element at, String message) {
        add(code, severity, document.lineOf(at), message);
    }

    private void add(String code, Severity severity, int line, String message) {
        findings.add(new Finding(code, severity, message, line));
    }
}
