package io.github.aadcfg.core.agent;

import io.github.aadcfg.core.report.AadcfgException;

/**
 * Controls a service on this machine. A request returns once the service control manager has accepted it, without
 * waiting for the service to get there; whoever asked polls {@link #state}. {@link ScServiceControl} does it with
 * Windows' {@code sc.exe}.
 */
public interface ServiceControl {
    /**
     * The service's current state.
     *
     * @throws AadcfgException ({@code SERVICE}) when it cannot be read, e.g. there is no such service
     */
    ServiceState state(String service);

    /**
     * Asks the service to stop; a service that is not running is left as it is.
     *
     * @throws AadcfgException ({@code SERVICE}) when the request is refused
     */
    void stop(String service);

    /**
     * Asks the service to start; a service that is running is left as it is.
     *
     * @throws AadcfgException ({@code SERVICE}) when the request is refused
     */
    void start(String service);
}
