/**
 * aadcfg's engine: format-preserving, crash-safe edits of .NET {@code *.config} files.
 *
 * <p>The API is five packages: {@code io.github.aadcfg.core} (the facade: {@code ConfigEditor}, plans, commit
 * results, documents), {@code .report} (errors, lint findings, backups), {@code .edits} (the edit contract
 * and generic XPath edits), {@code .agent} (the provisioning agent's typed edits and their settings, and where
 * its config is installed) and {@code .xdt} (XML-Document-Transform files). Everything under
 * {@code io.github.aadcfg.core.internal} may change in any release.
 */
module io.github.aadcfg.core {
    requires com.ctc.wstx;
    requires com.sun.jna;
    requires io.github.javadiffutils;
    requires java.xml;
    requires jdk.security.auth;
    requires org.dom4j;
    requires org.jaxen;

    exports io.github.aadcfg.core;
    exports io.github.aadcfg.core.agent;
    exports io.github.aadcfg.core.edits;
    exports io.github.aadcfg.core.report;
    exports io.github.aadcfg.core.xdt;
}
