package org.cpdkit.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of docs/interop.md compiles against the module and runs without an error,
 * with assertions enabled so the snippets' own {@code assert}s are checked.
 */
class InteropDocTest {
  private static final String IMPORTS =
      "import java.io.*;\n"
          + "import java.nio.charset.StandardCharsets;\n"
          + "import java.time.*;\n"
          + "import org.cpdkit.core.entry.*;\n"
          + "import org.cpdkit.core.standard.*;\n"
          + "import org.cpdkit.interop.framework.*;\n"
          + "import org.cpdkit.interop.xapi.*;\n"
          + "import org.cpdkit.rules.Finding;\n";

  @Test
  void everySnippetCompilesAndRuns() throws Exception {
    String page = Files.readString(Path.of("../docs/interop.md"));
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(page);
    List<String> snippets = new ArrayList<>();
    while (m.find()) {
      snippets.add(m.group(1));
    }
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(6);
    Path dir = Files.createTempDirectory("interop-doc");
    List<String> files = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      Path f = dir.resolve("Snippet" + i + ".java");
      Files.writeString(f, IMPORTS + "public class Snippet" + i + " {\n  public static void run() throws Exception {\n"
          + snippets.get(i) + "  }\n}\n");
      files.add(f.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-classpath", System.getProperty("java.class.path"),
        "-proc:none", "-Xlint:none"));
    args.addAll(files);
    StringWriter errors = new StringWriter();
    int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        errors.write(b);
      }
    }, true), args.toArray(String[]::new));
    assertThat(status).as(errors.toString()).isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      loader.setDefaultAssertionStatus(true);
      for (int i = 0; i < snippets.size(); i++) {
        Class<?> snippet = loader.loadClass("Snippet" + i);
        assertThat(snippet.desiredAssertionStatus()).isTrue();
        Method run = snippet.getMethod("run");
        try {
          run.invoke(null);
        } catch (InvocationTargetException e) {
          throw new AssertionError("snippet " + i + " of docs/interop.md failed", e.getCause());
        }
      }
    }
  }
}
