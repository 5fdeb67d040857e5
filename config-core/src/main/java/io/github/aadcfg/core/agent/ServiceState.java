package io.github.aadcfg.core.agent;

/** The states of a Windows service, as the service control manager reports them (and {@code sc.exe query} prints them). */
public enum ServiceState {
    /** Not running. */
    STOPPED,
    /** Starting: not running yet. */
    START_PENDING,
    /** Stopping. */
    STOP_PENDING,
    /** Running. */
    RUNNING,
    /** Resuming from a pause. */
    CONTINUE_PENDING,
    /** Pausing. */
    PAUSE_PENDING,
    /** Paused. */
    PAUSED
}
