package io.github.aadcfg.benchmarks;

/** The cold-start baseline: a JVM that starts, prints one line and exits. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello, world");
    }
}
