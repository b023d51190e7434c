package com.example.cpdkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.cpdkit.rules.RulePackProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java snippet in README.md and docs/ compiles against cpdkit as a user's code would (with
 * {@code -Xlint:all}, and no warning allowed) and runs: statements are executed, value comments
 * ({@code // 23}) are checked, classes' {@code @Test} methods and {@code main} are run.
 */
class DocSnippetsTest {
  private static final Path ROOT = Path.of(System.getProperty("cpdkit.root", "..")).toAbsolutePath().normalize();

  private static List<DocSnippets.Snippet> snippets;
  private static Map<String, List<String>> problems;
  private static List<String> unattributed;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() throws IOException {
    List<Path> classPath =
        Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .collect(Collectors.toList());
    snippets = DocSnippets.read(ROOT, DocSnippets.cpdkitPackages(classPath));
    Path src = Files.createTempDirectory("snippets-src");
    Path out = Files.createTempDirectory("snippets-out");
    List<File> sources = new ArrayList<>();
    Map<String, DocSnippets.Snippet> byFile = new LinkedHashMap<>();
    for (DocSnippets.Snippet s : snippets) {
      Path f = src.resolve(s.fileName());
      Files.createDirectories(f.getParent());
      Files.writeString(f, s.source(), StandardCharsets.UTF_8);
      sources.add(f.toFile());
      byFile.put(f.toAbsolutePath().normalize().toString(), s);
    }
    List<String> options =
        List.of(
            "--release", "17", "-Xlint:all", "-proc:none", "-encoding", "UTF-8",
            "-classpath", classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
            "-d", out.toString());
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    if (!compile(options, sources, diagnostics)) {
      // One broken snippet stops javac writing any class: compile the classes of each document
      // together, then each list of statements alone, so the others still run.
      Map<String, List<File>> classesByDoc = new LinkedHashMap<>();
      List<File> statements = new ArrayList<>();
      for (DocSnippets.Snippet s : snippets) {
        File f = src.resolve(s.fileName()).toFile();
        if (s.statements()) {
          statements.add(f);
        } else {
          classesByDoc.computeIfAbsent(s.className().substring(0, s.className().lastIndexOf('.')), k -> new ArrayList<>()).add(f);
        }
      }
      List<String> withOut = new ArrayList<>(options);
      int cp = withOut.indexOf("-classpath") + 1;
      withOut.set(cp, withOut.get(cp) + File.pathSeparator + out);
      classesByDoc.values().forEach(files -> compileQuietly(withOut, files));
      statements.forEach(f -> compileQuietly(withOut, List.of(f)));
    }
    problems = new LinkedHashMap<>();
    unattributed = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER) {
        continue;
      }
      String text = d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null);
      DocSnippets.Snippet s = d.getSource() == null ? null : byFile.get(Path.of(d.getSource().toUri()).toAbsolutePath().normalize().toString());
      if (s == null) {
        unattributed.add(text);
      } else {
        problems.computeIfAbsent(s.where(), k -> new ArrayList<>()).add(text + "\n" + numbered(s.source()));
      }
    }
    loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, DocSnippetsTest.class.getClassLoader());
  }

  private static boolean compile(List<String> options, List<File> sources, DiagnosticCollector<JavaFileObject> diagnostics)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      return javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
    }
  }

  private static void compileQuietly(List<String> options, List<File> sources) {
    try {
      compile(options, sources, new DiagnosticCollector<>());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theDocsHaveSnippets() {
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void compilingTheSnippetsWarnsOfNothing() {
    assertThat(unattributed).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everySnippetCompilesAndRuns() {
    return snippets.stream().map(s -> DynamicTest.dynamicTest(s.where(), () -> {
      assertThat(problems.getOrDefault(s.where(), List.of())).as("compiling %s", s.where()).isEmpty();
      run(s);
    }));
  }

  private static void run(DocSnippets.Snippet s) throws Throwable {
    Class<?> c = Class.forName(s.className(), true, loader);
    try {
      if (s.statements()) {
        ((DocContext) c.getDeclaredConstructor().newInstance()).run();
        return;
      }
      boolean ran = false;
      for (Method m : c.getDeclaredMethods()) {
        if (Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().getName().equals("org.junit.jupiter.api.Test"))) {
          m.setAccessible(true);
          m.invoke(instance(c));
          ran = true;
        } else if (m.getName().equals("main") && Modifier.isStatic(m.getModifiers())) {
          m.setAccessible(true);
          m.invoke(null, (Object) new String[0]);
          ran = true;
        }
      }
      if (RulePackProvider.class.isAssignableFrom(c)) {
        assertThat(((RulePackProvider) instance(c)).packs()).as("packs of %s", s.where()).isNotEmpty();
        ran = true;
      }
      if (!ran) {
        // A class the reader writes and other snippets of the same document use (a rule and its tests).
        String simple = c.getSimpleName();
        ran = snippets.stream().filter(o -> o != s && o.className().startsWith(c.getPackageName()) || o.statements())
            .anyMatch(o -> o != s && o.source().contains(simple));
      }
      assertThat(ran).as("%s declares a class with nothing to run (@Test, main or a RulePackProvider) that no other snippet uses", s.where()).isTrue();
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object instance(Class<?> c) throws ReflectiveOperationException {
    Constructor<?> k = c.getDeclaredConstructor();
    k.setAccessible(true);
    return k.newInstance();
  }

  private static String numbered(String source) {
    String[] lines = source.split("\n", -1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      b.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return b.toString();
  }
}
