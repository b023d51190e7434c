package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The ready-made name table shipped as {@code names.table} is the one the three derived lists
 * make. After a list changes, rerun with {@code -Dcpdkit.lexicon.update=true} to write it anew.
 */
class NameTableResourceTest {
  private static final Path RESOURCE =
      Path.of("src/main/resources/org/cpdkit/anonymise", Lexicon.TABLE);

  @Test
  void shippedTableIsTheOneTheListsMake() throws IOException {
    NameTable fromLists = Lexicon.namesFromLists();
    if (Boolean.getBoolean("cpdkit.lexicon.update")) {
      try (OutputStream out = Files.newOutputStream(RESOURCE)) {
        fromLists.write(out);
      }
    }
    NameTable shipped = Lexicon.loadNames();
    assertThat(shipped.size()).isEqualTo(fromLists.size());
    assertThat(shipped.sameAs(fromLists))
        .as("names.table is out of date: rerun with -Dcpdkit.lexicon.update=true")
        .isTrue();
    for (String w : new String[] {"kasia", "nowak", "hackney", "however", "tromsø", "zzzqx"}) {
      long h = Lexicon.hash(w);
      assertThat(shipped.get(h)).as(w).isEqualTo(fromLists.get(h));
    }
    assertThat(shipped.get(Lexicon.hash("nowak")) & Lexicon.SURNAME).isNotZero();
    assertThat(shipped.get(Lexicon.hash("however")) & Lexicon.WORD).isNotZero();
  }

  @Test
  void writesAndReadsBack() throws IOException {
    NameTable t = new NameTable(16);
    t.add(Lexicon.hash("tyler"), Lexicon.GIVEN);
    t.add(Lexicon.hash("hope"), Lexicon.GIVEN | Lexicon.COMMON);
    t.add(Lexicon.hash("hope"), Lexicon.WORD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    NameTable back = NameTable.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.size()).isEqualTo(2);
    assertThat(back.get(Lexicon.hash("hope")))
        .isEqualTo(Lexicon.GIVEN | Lexicon.COMMON | Lexicon.WORD);
    assertThat(back.names(Lexicon.hash("hope"))).isEqualTo(Lexicon.GIVEN | Lexicon.COMMON);
    assertThat(back.get(Lexicon.hash("grace"))).isZero();
  }

  @Test
  void refusesATruncatedOrForeignTable() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NameTable t = new NameTable(16);
    t.add(Lexicon.hash("tyler"), Lexicon.GIVEN);
    t.write(out);
    byte[] whole = out.toByteArray();
    byte[] cut = Arrays.copyOf(whole, whole.length - 3);
    assertThatThrownBy(() -> NameTable.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> NameTable.read(new ByteArrayInputStream(new byte[16])))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a cpdkit name table");
  }
}
