package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
