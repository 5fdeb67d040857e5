package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a task over many files on {@code jobs} threads and hands the results over in input order, each as
 * soon as it and those before it are done. At most {@code 2 × jobs} results exist at a time, so a batch of
 * any length needs the memory of a few files. Asked to stop, it starts no further file and hands over the
 * results of the files already started once they are done.
 */
final class Batch {
    private Batch() {
    }

    /**
     * Runs {@code task} on every file, or on those started before {@code stop} said to stop.
     *
     * @param task must not throw: it reports failures in its result
     * @param sink receives the results in the order of {@code files}, on the calling thread
     * @param stop asked before each file is started: whether to start no further file
     * @return how many files were handled: all of them unless stopped
     */
    static <R> int run(List<Path> files, int jobs, Function<Path, R> task, Consumer<R> sink, BooleanSupplier stop) {
        if (jobs == 1) {
            int handled = 0;
            for (Path file : files) {
                if (stop.getAsBoolean()) {
                    break;
                }
                sink.accept(task.apply(file));
                handled++;
            }
            return handled;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "aadcfg-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int handled = 0;
            Deque<Future<Optional<R>>> window = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while ((next.hasNext() && !stop.getAsBoolean()) || !window.isEmpty()) {
                while (next.hasNext() && !stop.getAsBoolean() && window.size() < 2 * jobs) {
                    Path file = next.next();
                    // a file queued when the stop comes is not started
                    window.add(pool.submit(() -> stop.getAsBoolean() ? Optional.empty() : Optional.of(task.apply(file))));
                }
                Optional<R> result = await(window.removeFirst());
                if (result.isPresent()) {
                    sink.accept(result.get());
                    handled++;
                }
            }
            return handled;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch task failed", e.getCause());
        }
    }
}
