package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        }, () -> false);

        assertThat(seen).containsExactlyElementsOf(files);
        assertThat(most.get()).isBetween(2, 2 * jobs);
    }

    @Test
    void oneJobRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = new ArrayList<>();

        Batch.run(files.subList(0, 3), 1, file -> Thread.currentThread() == caller, onCaller::add, () -> false);

        assertThat(onCaller).containsExactly(true, true, true);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void askedToStopItStartsNoFurtherFileAndHandsOverEveryFileStarted(int jobs) {
        AtomicBoolean stop = new AtomicBoolean();
        Set<Path> started = ConcurrentHashMap.newKeySet();
        List<Path> handedOver = new ArrayList<>();

        int handled = Batch.run(files, jobs, file -> {
            started.add(file);
            if (file.equals(files.get(10))) {
                stop.set(true);
            }
            sleepUpTo(3);
            return file;
        }, handedOver::add, stop::get);

        assertThat(handled).isEqualTo(handedOver.size());
        assertThat(handedOver).as("every file started is handed over, in input order")
                .containsExactlyInAnyOrderElementsOf(started).isSortedAccordingTo(Comparator.comparing(files::indexOf))
                .contains(files.get(10));
        assertThat(handled).as("no file started after the stop but those already running")
                .isLessThanOrEqualTo(10 + jobs);
    }

    private static void sleepUpTo(int millis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(millis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
