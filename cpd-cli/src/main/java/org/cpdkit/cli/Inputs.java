package org.cpdkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the files to read, in a stable order. */
final class Inputs {
  private Inputs() {}

  /**
   * Files named directly are kept whatever their name; directories contribute, recursively, the
   * regular files whose name ends with one of {@code extensions}, sorted by path.
   */
  static List<Path> expand(List<Path> paths, String... extensions) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
          files.addAll(
              walk.filter(Files::isRegularFile)
                  .filter(f -> matches(f, extensions))
                  .sorted()
                  .collect(Collectors.toList()));
        } catch (IOException | UncheckedIOException e) {
          throw new CliException(p + ": cannot read directory");
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (Files.exists(p)) {
        throw new CliException(p + ": not a regular file");
      } else {
        throw new CliException(p + ": no such file or directory");
      }
    }
    return files;
  }

  private static boolean matches(Path f, String... extensions) {
    String name = f.getFileName().toString();
    if (extensions.length == 0) {
      return !name.startsWith(".");
    }
    for (String e : extensions) {
      if (name.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
