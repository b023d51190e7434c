package org.cpdkit.cli;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress on stderr for long runs: shown only on an interactive terminal and only once the run
 * has taken more than a second, so scripts and quick runs see nothing.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long INTERVAL_NANOS = 250_000_000L;

  private final Terminal terminal;
  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile long lastShown;
  private volatile boolean shown;

  Progress(Terminal terminal, String what, long total) {
    this.terminal = terminal;
    this.what = what;
    this.total = total;
  }

  void step() {
    long n = done.incrementAndGet();
    if (!terminal.interactive()) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < DELAY_NANOS || now - lastShown < INTERVAL_NANOS) {
      return;
    }
    synchronized (this) {
      lastShown = now;
      shown = true;
      String of = total > 0 ? " of " + total : "";
      terminal.err().print("\r" + what + ": " + n + of);
      terminal.err().flush();
    }
  }

  long done() {
    return done.get();
  }

  @Override
  public synchronized void close() {
    if (shown) {
      terminal.err().print("\r\u001b[2K");
      terminal.err().flush();
    }
  }
}
