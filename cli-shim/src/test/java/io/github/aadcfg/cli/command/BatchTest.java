package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchTest {
    private final List<Path> files = IntStream.range(0, 200).mapToObj(i -> Path.of(i + ".config")).toList();

    @Test
    void resultsComeInInputOrderWithAtMostTwiceJobsOutstanding() {
        int jobs = 4;
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Path> seen = new ArrayList<>();

        Batch.run(files, jobs, file -> {
            most.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
            sleepUpTo(3);
            return file;
        }, file -> {
            outstanding.decrementAndGet();
            seen.add(file);
        });

        assertThat(seen).containsExactlyElementsOf(files);
        assertThat(most.get()).isBetween(2, 2 * jobs);
    }

    @Test
    void oneJobRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = new ArrayList<>();

        Batch.run(files.subList(0, 3), 1, file -> Thread.currentThread() == caller, onCaller::add);

        assertThat(onCaller).containsExactly(true, true, true);
    }

    private static void sleepUpTo(int millis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(millis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
