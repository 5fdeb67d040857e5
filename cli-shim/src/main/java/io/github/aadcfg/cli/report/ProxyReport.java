package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import io.github.aadcfg.core.agent.ProxyView;
import io.github.aadcfg.core.report.SecretMask;

/**
 * The proxy one file declares, as written.
 *
 * @param file    the file, as given
 * @param proxy   the declared proxy, or {@code null} when there is none (or on failure)
 * @param failure why it could not be read, or {@code null}
 */
public record ProxyReport(Path file, ProxyView proxy, Failure failure) implements FileReport {

    /** The file declares no proxy. */
    static final Outcome NO_PROXY = new Outcome("ok", "without a proxy", 0);
    /** The file declares a proxy. */
    static final Outcome PROXY = new Outcome("ok", "with a proxy", 1);

    /** The report of a file that could not be read. */
    public static ProxyReport failed(Path file, RuntimeException e) {
        return new ProxyReport(file, null, Failure.of(e));
    }

    @Override
    public Outcome outcome() {
        return proxy == null ? NO_PROXY : PROXY;
    }

    /** The proxy with its booleans as JSON booleans ({@link Json#dotNetBoolean}), the address masked. */
    @Override
    public void addFields(JsonObject json) {
        if (proxy == null) {
            json.add("proxy", JsonNull.INSTANCE);
            return;
        }
        JsonObject value = new JsonObject();
        value.addProperty("address", proxy.displayAddress());
        value.add("enabled", Json.dotNetBoolean(proxy.enabled()));
        value.add("useDefaultCredentials", Json.dotNetBoolean(proxy.useDefaultCredentials()));
        value.add("useSystemDefault", Json.dotNetBoolean(proxy.useSystemDefault()));
        value.add("bypassOnLocal", Json.dotNetBoolean(proxy.bypassOnLocal()));
        JsonArray bypass = new JsonArray();
        proxy.bypassList().forEach(expression -> bypass.add(SecretMask.value(expression)));
        value.add("bypassList", bypass);
        value.addProperty("line", proxy.line());
        json.add("proxy", value);
    }

    @Override
    public void printHuman(PrintWriter out, Style style) {
        if (proxy == null) {
            out.println(Printable.of(file) + ": no proxy");
            return;
        }
        List<String> parts = new ArrayList<>();
        add(parts, "enabled", proxy.enabled());
        add(parts, "useDefaultCredentials", proxy.useDefaultCredentials());
        add(parts, "usesystemdefault", proxy.useSystemDefault());
        add(parts, "bypassonlocal", proxy.bypassOnLocal());
        if (!proxy.bypassList().isEmpty()) {
            parts.add("bypass " + String.join(" ", proxy.bypassList().stream().map(SecretMask::value).toList()));
        }
        String address = proxy.address() == null ? "(no address)" : proxy.displayAddress();
        out.println(Printable.of(file) + ": proxy " + Printable.of(address) + (parts.isEmpty() ? "" : ", " + String.join(", ", parts))
                + " (line " + proxy.line() + ")");
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
