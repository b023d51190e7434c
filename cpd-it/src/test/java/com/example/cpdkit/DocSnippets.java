package com.example.cpdkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java snippets of README.md and docs/: every fenced {@code java} block, turned into a
 * compilation unit. A snippet that declares a class is compiled as it stands (with its own imports
 * only, in a package shared with the document's other classes); any other snippet is a list of statements and becomes the body of {@link DocContext#run()}.
 * Statement snippets see {@code java.time}, {@code java.util}, {@code java.util.stream}, {@code java.nio.charset}, {@code
 * java.io}, {@code java.nio.file}, every cpdkit package on the class path, AssertJ's {@code
 * Assertions} and Jackson's {@code JsonMapper}, as if imported.
 */
final class DocSnippets {
  private static final Pattern FENCE = Pattern.compile("^```java\\s*$");
  private static final Pattern TYPE =
      Pattern.compile("^(?:public\\s+)?(?:final\\s+|abstract\\s+)?(?:class|interface|record|enum)\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern VALUE_COMMENT =
      Pattern.compile("^(\\s*)([^=;]+?);\\s*//\\s*(-?\\d+|true|false)\\s*$");

  /** One snippet: where it is and the Java source it becomes. */
  record Snippet(String where, String className, String source, boolean statements) {
    String fileName() {
      return className.replace('.', '/') + ".java";
    }
  }

  private DocSnippets() {}

  /** The Markdown files whose snippets are checked: README.md and docs/ (not decisions). */
  static List<Path> documents(Path root) {
    List<Path> docs = new ArrayList<>();
    docs.add(root.resolve("README.md"));
    try (Stream<Path> s = Files.walk(root.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  static List<Snippet> read(Path root, List<String> cpdkitPackages) {
    List<Snippet> out = new ArrayList<>();
    for (Path doc : documents(root)) {
      List<String> lines;
      try {
        lines = Files.readAllLines(doc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String name = root.relativize(doc).toString().replace('\\', '/');
      boolean hasClasses = false;
      for (int i = 0; i < lines.size(); i++) {
        if (FENCE.matcher(lines.get(i)).matches()) {
          int end = i + 1;
          while (end < lines.size() && !lines.get(end).startsWith("```")) {
            end++;
          }
          hasClasses |= declaresType(lines.subList(i + 1, end));
          i = end;
        }
      }
      List<String> imports = new ArrayList<>(cpdkitPackages);
      if (hasClasses) {
        imports.add(docPackage(name));
      }
      int n = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (!FENCE.matcher(lines.get(i)).matches()) {
          continue;
        }
        int start = i + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          end++;
        }
        n++;
        out.add(snippet(name, n, start + 1, lines.subList(start, end), imports));
        i = end;
      }
    }
    return out;
  }

  private static Snippet snippet(String doc, int n, int firstLine, List<String> body, List<String> packages) {
    String where = doc + ":" + firstLine;
    String pkg = "snippets." + doc.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + n;
    String text = String.join("\n", body);
    StringBuilder imports = new StringBuilder();
    for (String p : List.of("java.io", "java.nio.charset", "java.nio.file", "java.time", "java.util", "java.util.stream")) {
      imports.append("import ").append(p).append(".*;\n");
    }
    for (String p : packages) {
      imports.append("import ").append(p).append(".*;\n");
    }
    imports.append("import static org.assertj.core.api.Assertions.*;\n");
    imports.append("import tools.jackson.databind.json.JsonMapper;\n");
    Matcher type = TYPE.matcher(text);
    if (declaresType(body) && type.find()) {
      // A class is compiled as it stands, so its imports must be complete, as a reader pastes it.
      // The classes of one document share a package, so a test shown later can use a rule shown earlier.
      String docPackage = docPackage(doc);
      String source = "package " + docPackage + ";\n" + text + "\n";
      return new Snippet(where, docPackage + "." + type.group(1), source, false);
    }
    StringBuilder b = new StringBuilder();
    b.append("package ").append(pkg).append(";\n").append(imports);
    b.append("public final class Snippet extends com.example.cpdkit.DocContext {\n");
    b.append("  @Override public void run() throws Exception {\n");
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      Matcher m = VALUE_COMMENT.matcher(line);
      if (m.matches() && !m.group(2).strip().startsWith("return")) {
        line = m.group(1) + "expect(\"" + doc + ":" + (firstLine + i) + "\", " + m.group(2).strip() + ", \"" + m.group(3) + "\");";
      }
      b.append(line).append('\n');
    }
    b.append("  }\n}\n");
    return new Snippet(where, pkg + ".Snippet", b.toString(), true);
  }

  /** The package of a document's class snippets. */
  static String docPackage(String doc) {
    return "snippets." + doc.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  /** Whether the snippet is a compilation unit: imports, then a type (not statements declaring a local one). */
  private static boolean declaresType(List<String> body) {
    for (String line : body) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("import ") || l.startsWith("//") || l.startsWith("/*") || l.startsWith("*")) {
        continue;
      }
      return l.startsWith("@") || TYPE.matcher(l).lookingAt();
    }
    return false;
  }

  /** The cpdkit packages on a class path (not {@code *.internal}), for the statement snippets' imports. */
  static List<String> cpdkitPackages(List<Path> classPath) {
    java.util.TreeSet<String> packages = new java.util.TreeSet<>();
    for (Path entry : classPath) {
      if (Files.isDirectory(entry)) {
        Path base = entry.resolve("org/cpdkit");
        if (!Files.isDirectory(base)) {
          continue;
        }
        try (Stream<Path> s = Files.walk(base)) {
          s.filter(p -> p.toString().endsWith(".class"))
              .map(p -> entry.relativize(p.getParent()).toString().replace(java.io.File.separatorChar, '.'))
              .forEach(packages::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry.toFile())) {
          jar.stream()
              .map(java.util.jar.JarEntry::getName)
              .filter(n -> n.startsWith("org/cpdkit/") && n.endsWith(".class") && !n.startsWith("META-INF"))
              .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
              .forEach(packages::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return packages.stream().filter(p -> !p.endsWith(".internal")).collect(Collectors.toList());
  }
}
