package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come in input order, with the weight in flight bounded whatever the number of threads. */
class OrderedTest {

  @Test
  void theWeightInFlightStaysWithinTheBoundWithManyThreads() {
    for (int threads : new int[] {2, 16}) {
      AtomicLong held = new AtomicLong();
      AtomicLong most = new AtomicLong();
      List<Integer> seen = new ArrayList<>();
      Ordered.process(
          IntStream.range(0, 200).boxed().iterator(),
          i -> 14L,
          40L,
          i -> {
            most.accumulateAndGet(held.addAndGet(14), Math::max);
            return i;
          },
          i -> {
            held.addAndGet(-14);
            seen.add(i);
          },
          threads);
      assertThat(most.get()).as(threads + " threads").isLessThanOrEqualTo(40);
      assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
    }
  }

  @Test
  void anInputHeavierThanTheBoundIsProcessedAlone() {
    AtomicLong held = new AtomicLong();
    AtomicLong most = new AtomicLong();
    List<Long> weights = List.of(5L, 100L, 5L, 5L, 100L);
    List<Long> seen = new ArrayList<>();
    Ordered.process(
        weights.iterator(),
        w -> w,
        20L,
        w -> {
          most.accumulateAndGet(held.addAndGet(w), Math::max);
          return w;
        },
        w -> {
          held.addAndGet(-w);
          seen.add(w);
        },
        16);
    assertThat(most.get()).isEqualTo(100);
    assertThat(seen).containsExactlyElementsOf(weights);
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    Sizes s = new Sizes();
    assertThat(s.convert("65536")).isEqualTo(65536L);
    assertThat(s.convert("512k")).isEqualTo(512L << 10);
    assertThat(s.convert("64M")).isEqualTo(64L << 20);
    assertThat(s.convert("1GB")).isEqualTo(1L << 30);
    for (String bad : new String[] {"", "M", "-1", "0", "1.5G", "12T", "99999999999999G"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.convert(bad))
          .as(bad)
          .isInstanceOf(picocli.CommandLine.TypeConversionException.class);
    }
  }
}
