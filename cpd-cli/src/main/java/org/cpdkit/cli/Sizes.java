package org.cpdkit.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Sizes in bytes as a person writes them: {@code 65536}, {@code 512K}, {@code 64M}, {@code 1G}. */
final class Sizes implements CommandLine.ITypeConverter<Long> {
  private static final long MIN_DEFAULT = 16L << 20;

  /** The default bytes in flight: an eighth of the maximum heap, at least 16 MiB. */
  static long defaultInFlight() {
    return Math.max(MIN_DEFAULT, Runtime.getRuntime().maxMemory() / 8);
  }

  @Override
  public Long convert(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.endsWith("B")) {
      t = t.substring(0, t.length() - 1);
    }
    int shift = 0;
    if (!t.isEmpty()) {
      switch (t.charAt(t.length() - 1)) {
        case 'K':
          shift = 10;
          break;
        case 'M':
          shift = 20;
          break;
        case 'G':
          shift = 30;
          break;
        default:
          break;
      }
    }
    String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
    if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new CommandLine.TypeConversionException(
          "'" + Main.printable(text) + "' is not a size such as 65536, 512K, 64M or 1G");
    }
    long v = Long.parseLong(digits);
    if (v == 0 || v > (Long.MAX_VALUE >> shift)) {
      throw new CommandLine.TypeConversionException("'" + Main.printable(text) + "' must be a size above zero");
    }
    return v << shift;
  }
}
