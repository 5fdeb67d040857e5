package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a task over many files on {@code jobs} threads and hands the results over in input order, each as
 * soon as it and those before it are done. At most {@code 2 × jobs} results exist at a time, so a batch of
 * any length needs the memory of a few files.
 */
final class Batch {
    private Batch() {
    }

    /**
     * Runs {@code task} on every file.
     *
     * @param task must not throw: it reports failures in its result
     * @param sink receives the results in the order of {@code files}, on the calling thread
     */
    static <R> void run(List<Path> files, int jobs, Function<Path, R> task, Consumer<R> sink) {
        if (jobs == 1) {
            files.forEach(file -> sink.accept(task.apply(file)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "aadcfg-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> window = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !window.isEmpty()) {
                while (next.hasNext() && window.size() < 2 * jobs) {
                    Path file = next.next();
                    window.add(pool.submit(() -> task.apply(file)));
                }
                sink.accept(await(window.removeFirst()));
            }
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
