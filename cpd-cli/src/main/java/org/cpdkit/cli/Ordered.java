package org.cpdkit.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Processes many inputs on all cores while handing results on in input order, with a bounded
 * number in flight so memory does not grow with the number of inputs.
 */
final class Ordered {
  private Ordered() {}

  static <T, R> void process(
      Iterator<T> inputs, Function<T, R> work, Consumer<R> sink, int threads) {
    int window = Math.max(2, threads * 4);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "cpd-worker");
              t.setDaemon(true);
              return t;
            });
    Deque<Future<R>> inFlight = new ArrayDeque<>();
    try {
      while (inputs.hasNext()) {
        T next = inputs.next();
        inFlight.add(pool.submit(() -> work.apply(next)));
        if (inFlight.size() >= window) {
          sink.accept(take(inFlight.removeFirst()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(take(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  private static <R> R take(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }
}
