package io.github.aadcfg.cli;

/**
 * Runs {@code aadcfg} as it runs on Windows, so that tests on Linux can see it find the agent's configs: its
 * {@code os.name} says Windows, and {@link Cli#runAsWindows} gives it a {@code SystemRoot} whose
 * {@code System32/reg.exe} is a {@link FakeRegExe}. Test code only: the jar has no switch for this, and reads the
 * real {@code os.name}.
 */
public final class AsWindows {
    private AsWindows() {
    }

    /** Runs {@code aadcfg args} with {@code os.name} set to a Windows name. */
    public static void main(String[] args) throws ClassNotFoundException {
        // the JDK picks how to start processes from os.name, and would refuse Windows here: let it pick first
        Class.forName("java.lang.ProcessImpl", true, null);
        System.setProperty("os.name", "Windows Server 2022");
        Main.main(args);
    }
}
