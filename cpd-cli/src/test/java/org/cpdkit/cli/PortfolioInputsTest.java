package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioInputsTest {

  @TempDir Path dir;

  private List<String> read(String content, long maxBytes) throws IOException {
    Path file = dir.resolve("p.jsonl");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    PortfolioInputs inputs = new PortfolioInputs(List.of(Inputs.Item.file(file)), maxBytes);
    while (inputs.hasNext()) {
      PortfolioInputs.Input in = inputs.next();
      String where = in.label().substring(in.label().lastIndexOf(':') + 1);
      out.add(in.error() != null ? where + " too long" : where + " " + new String(in.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void numbersLinesSkippingBlankOnes() throws IOException {
    assertThat(read("a\n\n  \t\nb\r\n\nc", 1000)).containsExactly("1 a", "4 b\r", "6 c");
  }

  @Test
  void endsWithOrWithoutANewline() throws IOException {
    assertThat(read("a\n", 1000)).containsExactly("1 a");
    assertThat(read("a\nb", 1000)).containsExactly("1 a", "2 b");
    assertThat(read("", 1000)).isEmpty();
    assertThat(read("a\n  ", 1000)).containsExactly("1 a");
  }

  @Test
  void reportsLinesLongerThanTheLimitAndGoesOn() throws IOException {
    assertThat(read("abcd\nabcde\nab\nabcdefgh", 4))
        .containsExactly("1 abcd", "2 too long", "3 ab", "4 too long");
  }

  @Test
  void readsLinesLongerThanItsBuffer() throws IOException {
    String longLine = "x".repeat(200_000);
    String huge = "y".repeat(300_000);
    assertThat(read(longLine + "\nz\n" + huge + "\nw", 250_000))
        .containsExactly("1 " + longLine, "2 z", "3 too long", "4 w");
  }
}
