package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpdkit.cli.UnreadableInputsTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cpd scan PATH...` run without the parser says and returns what the parser's run does. */
class DirectScanTest {
  @TempDir Path dir;

  private static Run parsed(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int exit = Main.parseAndRun(args, o, e, Terminal.detect(o, e, false));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyFormOfTheCommandGivesWhatTheParserGives() throws IOException {
    Path found = dir.resolve("found.txt");
    Files.writeString(found, "I met Mrs Patel at the gate. Her mobile is 07700 900123.\n");
    Path clean = dir.resolve("clean.md");
    Files.writeString(clean, "The session went well and we agreed the next steps.\n");
    Path notes = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(notes.resolve("a.txt"), "Email jo@example.org today.\n");
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xC3, '\n'});
    Path args = dir.resolve("args");
    Files.writeString(args, found.toString());
    String missing = dir.resolve("missing.txt").toString();
    List<String[]> forms = new ArrayList<>();
    forms.add(new String[] {"scan", found.toString()});
    forms.add(new String[] {"scan", clean.toString()});
    forms.add(new String[] {"scan", found.toString(), clean.toString(), notes.toString()});
    forms.add(new String[] {"scan", "--format", "json", found.toString()});
    forms.add(new String[] {"scan", found.toString(), "--format=JSON"});
    forms.add(new String[] {"scan", "--format", "Text", clean.toString()});
    forms.add(new String[] {"scan", "--format", "json", "--format", "text", found.toString()});
    forms.add(new String[] {"scan", "--format", "xml", found.toString()});
    forms.add(new String[] {"scan", "--format"});
    forms.add(new String[] {"scan", missing});
    forms.add(new String[] {"scan", bad.toString(), found.toString()});
    forms.add(new String[] {"scan", "@" + args});
    forms.add(new String[] {"scan", "--", found.toString()});
    forms.add(new String[] {"scan", "-x", found.toString()});
    forms.add(new String[] {"scan", "nul\u0000.txt"});
    forms.add(new String[] {"scan", ""});
    forms.add(new String[] {"scan"});
    for (String[] form : forms) {
      Run direct = UnreadableInputsTest.cpd(form);
      Run full = parsed(form);
      assertThat(direct).as(String.join(" ", form)).isEqualTo(full);
    }
    // the forms the direct path takes, and those it leaves to the parser
    assertThat(DirectScan.parse(forms.get(0), null)).isNotNull();
    assertThat(DirectScan.parse(forms.get(4), null)).isNotNull();
    for (int i = 6; i < forms.size(); i++) {
      if (i != 9 && i != 10) {
        assertThat(DirectScan.parse(forms.get(i), null)).as(String.join(" ", forms.get(i))).isNull();
      }
    }
  }
}
