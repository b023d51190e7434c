package org.cpdkit.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Processes many inputs on all cores while handing results on in input order, with a bounded
 * number in flight so memory does not grow with the number of inputs, and optionally a bounded
 * weight (bytes) in flight so it does not grow with the number of cores either.
 */
final class Ordered {
  private Ordered() {}

  static <T, R> void process(
      Iterator<T> inputs, Function<T, R> work, Consumer<R> sink, int threads) {
    process(inputs, t -> 0L, Long.MAX_VALUE, work, sink, threads);
  }

  /**
   * As {@link #process(Iterator, Function, Consumer, int)}, holding inputs whose weights add up to
   * at most {@code maxWeight} in flight (submitted, their results not yet handed on); an input
   * heavier than that on its own is processed alone. The input taken but not yet submitted is
   * the only one outside the bound.
   */
  static <T, R> void process(
      Iterator<T> inputs, ToLongFunction<T> weight, long maxWeight, Function<T, R> work, Consumer<R> sink, int threads) {
    int window = Math.max(2, threads * 4);
    // Threads are started only when every one started is busy, so a run that the weight bound
    // keeps to a few inputs in flight keeps a few threads (and their per-thread scratch) too.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            1,
            Math.max(1, threads),
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "cpd-worker");
              t.setDaemon(true);
              return t;
            });
    Deque<Future<R>> inFlight = new ArrayDeque<>();
    Deque<Long> weights = new ArrayDeque<>();
    long held = 0;
    try {
      while (inputs.hasNext()) {
        T next = inputs.next();
        long w = Math.max(0, weight.applyAsLong(next));
        while (!inFlight.isEmpty() && (inFlight.size() >= window || held + w > maxWeight)) {
          sink.accept(take(inFlight.removeFirst()));
          held -= weights.removeFirst();
        }
        if (pool.getActiveCount() + pool.getQueue().size() >= pool.getCorePoolSize()
            && pool.getCorePoolSize() < pool.getMaximumPoolSize()) {
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
        inFlight.add(pool.submit(() -> work.apply(next)));
        weights.add(w);
        held += w;
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
