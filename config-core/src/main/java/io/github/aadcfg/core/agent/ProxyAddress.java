package io.github.aadcfg.core.agent;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import io.github.aadcfg.core.report.SecretMask;

/**
 * Validation of a proxy address as the agent needs it: an absolute {@code http} or {@code https} URL
 * with a host and a port from 1 to 65535, and no user info, path, query or fragment. A rejected value is
 * repeated in the message only as {@link SecretMask#value} shows it: user info, query and fragment masked.
 */
public final class ProxyAddress {
    private ProxyAddress() {
    }

    /**
     * Checks an address.
     *
     * @return empty when valid, otherwise why it is not (safe to print)
     */
    public static Optional<String> problem(String address) {
        if (address != null && address.equals(lastValid)) {
            return Optional.empty(); // lint checks the address an edit just set, and every run checks the same
        }
        Optional<String> problem = check(address);
        if (problem.isEmpty()) {
            lastValid = address;
        }
        return problem;
    }

    /** The last address found valid: {@link #problem} is asked about the same one again and again. */
    private static volatile String lastValid;

    private static Optional<String> check(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("the proxy address is empty; expected e.g. http://proxy.contoso.com:8080");
        }
        if (address.contains("[proxy-server]") || address.contains("[proxy-port]")) {
            return Optional.of("the proxy address still holds the documentation's placeholders [proxy-server]"
                    + " and [proxy-port]; replace them with your proxy's host name and port");
        }
        String shown = "'" + SecretMask.value(address) + "'";
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.of("the proxy address " + shown + " is not a valid URL"
                    + ": " + e.getReason() + "; expected e.g. http://proxy.contoso.com:8080");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http")
                || uri.getScheme().equalsIgnoreCase("https"))) {
            return Optional.of("the proxy address " + shown + " must start with http:// or https://");
        }
        if (uri.getRawUserInfo() != null || address.contains("@")) {
            return Optional.of("the proxy address must not hold user info (user:password@); the agent "
                    + "authenticates with useDefaultCredentials. " + shown);
        }
        if (uri.getHost() == null) {
            return Optional.of("the proxy address " + shown + " has no valid host name");
        }
        if (uri.getPort() < 1 || uri.getPort() > 65535) {
            return Optional.of("the proxy address " + shown + " needs a port from 1 to 65535, e.g. :8080");
        }
        if ((uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("the proxy address " + shown + " must not have a path, query or fragment");
        }
        return Optional.empty();
    }
}
