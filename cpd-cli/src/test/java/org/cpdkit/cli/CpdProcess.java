package org.cpdkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code cpd} jar as a separate process, as a user or a script would. */
final class CpdProcess {

  /** What a run printed and returned. */
  record Result(int exit, String out, String err) {}

  private CpdProcess() {}

  static Path jar() {
    String jar = System.getProperty("cpd.jar");
    if (jar == null) {
      throw new IllegalStateException("system property cpd.jar is not set (run with ./mvnw verify)");
    }
    return Paths.get(jar);
  }

  /** The repository root, for the committed examples. */
  static Path root() {
    return Paths.get(System.getProperty("cpd.root", "..")).toAbsolutePath().normalize();
  }

  static Result run(Path workingDirectory, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
              .start();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("cpd did not finish: " + command);
      }
      return new Result(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Result run(String... args) {
    return run(root(), args);
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String read(InputStream in) {
    try (in) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      return buffer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path tempDir() {
    try {
      return Files.createTempDirectory("cpd-cli-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
