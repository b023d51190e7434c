package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

  @Test
  void segmentsAreEscapedAsRfc6901Requires() {
    assertThat(JsonPointer.of("entries", 2, "impactOnPractice")).isEqualTo("/entries/2/impactOnPractice");
    assertThat(JsonPointer.append("/x", "a/b~c")).isEqualTo("/x/a~1b~0c");
  }

  @Test
  void indexesSortByValueAndParentsFirst() {
    List<String> pointers = new ArrayList<>(List.of("/entries/10", "/entries/9/date", "", "/entries/9", "/notes"));
    pointers.sort(JsonPointer.ORDER);
    assertThat(pointers).containsExactly("", "/entries/9", "/entries/9/date", "/entries/10", "/notes");
  }

  /** The order as first written: split into segments, numeric segments by value, then text. */
  private static int bySplitting(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean xn = !x[i].isEmpty() && x[i].chars().allMatch(c -> c >= '0' && c <= '9');
      boolean yn = !y[i].isEmpty() && y[i].chars().allMatch(c -> c >= '0' && c <= '9');
      int c;
      if (xn && yn) {
        c = Integer.compare(x[i].length(), y[i].length());
        c = c != 0 ? c : x[i].compareTo(y[i]);
      } else if (xn != yn) {
        c = xn ? -1 : 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Test
  void comparesInPlaceAsSplittingIntoSegmentsDid() {
    String[] parts = {"", "/", "/", "0", "1", "9", "10", "09", "a", "A", "entries", "date", "~0", "x-1"};
    Random random = new Random(17L);
    for (int n = 0; n < 20_000; n++) {
      String a = pointer(random, parts);
      String b = pointer(random, parts);
      assertThat(Integer.signum(JsonPointer.compare(a, b)))
          .as("compare %s with %s", a, b)
          .isEqualTo(Integer.signum(bySplitting(a, b)));
    }
  }

  private static String pointer(Random random, String[] parts) {
    StringBuilder b = new StringBuilder();
    int segments = random.nextInt(5);
    for (int i = 0; i < segments; i++) {
      b.append('/').append(parts[random.nextInt(parts.length)]);
    }
    return b.toString();
  }
}
