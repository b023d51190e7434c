package org.cpdkit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the paths given on the command line into the files to read, in a stable order. What
 * cannot be read (a broken symbolic link, a named pipe, a directory without permission) becomes
 * an item with a one-line reason in its place, so the others are still read; nothing here ever
 * opens a file, so a named pipe cannot block the run.
 */
final class Inputs {
  private Inputs() {}

  /** A file to read, or, when {@code problem} is set, why a path cannot be read. */
  record Item(Path path, String problem) {
    static Item file(Path path) {
      return new Item(path, null);
    }

    static Item problem(Path path, String why) {
      return new Item(path, Main.printable(path.toString()) + ": " + why);
    }
  }

  /**
   * Files named directly are kept whatever their name; directories contribute, recursively and
   * following symbolic links, the files whose name ends with one of {@code extensions}, sorted by
   * path. Paths that are not regular files are items with a problem.
   */
  static List<Item> expand(List<Path> paths, String... extensions) {
    List<Item> items = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        items.addAll(walk(p, extensions));
      } else if (Files.isRegularFile(p)) {
        items.add(Item.file(p));
      } else {
        items.add(Item.problem(p, notRegular(p)));
      }
    }
    return items;
  }

  /** The paths of the files to read, leaving out the problems. */
  static List<Path> files(List<Item> items) {
    return items.stream().filter(i -> i.problem() == null).map(Item::path).toList();
  }

  /** Fails with a one-line reason unless {@code file} is a regular file, so it is never opened otherwise. */
  static void requireRegularFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(Main.printable(file.toString()) + ": " + notRegular(file));
    }
  }

  /** Why a path that is not a regular file (nor a directory, when walking) is not read. */
  static String notRegular(Path p) {
    if (Files.isSymbolicLink(p) && !Files.exists(p)) {
      return "broken symbolic link; not read";
    }
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return "no such file or directory";
    }
    if (Files.isDirectory(p)) {
      return "is a directory";
    }
    return "not a regular file (" + kind(p) + "); not read";
  }

  /** One-line words for why a file could not be read. */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop; not read";
    }
    return "cannot read (" + e.getClass().getSimpleName() + ")";
  }

  private static String kind(Path p) {
    try {
      Object mode = Files.getAttribute(p, "unix:mode");
      if (mode instanceof Integer) {
        int type = (Integer) mode & 0170000;
        if (type == 0010000) {
          return "a named pipe";
        }
        if (type == 0140000) {
          return "a socket";
        }
        if (type == 0020000 || type == 0060000) {
          return "a device";
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
      // the kind is a courtesy; the reason stands without it
    }
    return "a named pipe, socket or device";
  }

  private static List<Item> walk(Path dir, String... extensions) {
    List<Item> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!matches(file, extensions)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                found.add(Item.file(file));
              } else if (!attrs.isDirectory()) {
                found.add(Item.problem(file, notRegular(file)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
              if (directory || e instanceof FileSystemLoopException || matches(file, extensions)) {
                found.add(Item.problem(file, directory && e instanceof AccessDeniedException ? "cannot read directory: permission denied" : why(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(Item.problem(dir, "cannot read directory (" + e.getClass().getSimpleName() + ")"));
    }
    found.sort(Comparator.comparing(Item::path));
    return found;
  }

  private static boolean matches(Path f, String... extensions) {
    Path name = f.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString();
    if (extensions.length == 0) {
      return !n.startsWith(".");
    }
    for (String e : extensions) {
      if (n.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
