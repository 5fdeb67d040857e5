package io.github.aadcfg.core;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts how many cases of a proof reached its assertion. A proof creates one, calls {@link #attempted()}
 * for every case and {@link #reached()} for every case that got as far as the assertion it exists for, and
 * calls {@link #report()} once at the end (an {@code @AfterAll}): that prints
 * {@code coverage: NAME: N of M cases reached the assertion} and fails when N is below the floor.
 */
public final class Coverage {
    private final String name;
    private final int floor;
    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger reached = new AtomicInteger();

    /**
     * @param name  the proof, as printed
     * @param floor the fewest cases that must reach the assertion
     */
    public Coverage(String name, int floor) {
        this.name = name;
        this.floor = floor;
    }

    /** One more case was tried. */
    public void attempted() {
        cases.incrementAndGet();
    }

    /** The current case reached the assertion. */
    public void reached() {
        reached.incrementAndGet();
    }

    /** Prints the coverage line and fails when fewer than the floor reached the assertion. */
    public void report() {
        String line = "coverage: " + name + ": " + reached.get() + " of " + cases.get()
                + " cases reached the assertion";
        System.out.println(line);
        assertThat(reached.get()).as("%s (floor %d)", line, floor).isGreaterThanOrEqualTo(floor);
    }
}
