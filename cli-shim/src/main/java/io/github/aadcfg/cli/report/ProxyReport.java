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

    /** The report of a file that could not be read. */
    public static ProxyReport failed(Path file, RuntimeException e) {
        return new ProxyReport(file, null, Failure.of(e));
    }

    /** The address with any user info (a password, perhaps) masked. */
    private String address() {
        return proxy.displayAddress();
    }

    @Override
    public String summary() {
        if (failure != null) {
            return "failed";
        }
        return proxy == null ? "without a proxy" : "with a proxy";
    }

    @Override
    public int exitCode(boolean detailed) {
        return failure == null ? ExitCodes.OK : failure.exitCode();
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = Json.report(file, failure == null ? "ok" : "error");
        if (proxy == null) {
            json.add("proxy", JsonNull.INSTANCE);
        } else {
            JsonObject value = new JsonObject();
            value.addProperty("address", address());
            value.addProperty("enabled", proxy.enabled());
            value.addProperty("useDefaultCredentials", proxy.useDefaultCredentials());
            value.addProperty("useSystemDefault", proxy.useSystemDefault());
            value.addProperty("bypassOnLocal", proxy.bypassOnLocal());
            JsonArray bypass = new JsonArray();
            proxy.bypassList().forEach(expression -> bypass.add(SecretMask.value(expression)));
            value.add("bypassList", bypass);
            value.addProperty("line", proxy.line());
            json.add("proxy", value);
        }
        json.add("error", Json.error(failure));
        return json;
    }

    @Override
    public void printHuman(PrintWriter out, Style style) {
        if (failure != null) {
            out.println(failure.humanLine(file));
        } else if (proxy == null) {
            out.println(Printable.of(file) + ": no proxy");
        } else {
            List<String> parts = new ArrayList<>();
            add(parts, "enabled", proxy.enabled());
            add(parts, "useDefaultCredentials", proxy.useDefaultCredentials());
            add(parts, "usesystemdefault", proxy.useSystemDefault());
            add(parts, "bypassonlocal", proxy.bypassOnLocal());
            if (!proxy.bypassList().isEmpty()) {
                parts.add("bypass " + String.join(" ", proxy.bypassList().stream().map(SecretMask::value).toList()));
            }
            String address = proxy.address() == null ? "(no address)" : address();
            out.println(Printable.of(file) + ": proxy " + Printable.of(address) + (parts.isEmpty() ? "" : ", " + String.join(", ", parts))
                    + " (line " + proxy.line() + ")");
        }
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
