package org.cpdkit.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A man(7) page written from the commands' own picocli definitions, so it never disagrees with {@code --help}. */
final class ManPage {
  private ManPage() {}

  static String of(CommandLine root, String version) {
    CommandSpec spec = root.getCommandSpec();
    StringBuilder b = new StringBuilder();
    b.append(".TH CPD 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
    b.append(".SH NAME\ncpd \\- ").append(escape(first(spec.usageMessage().description()))).append('\n');
    b.append(".SH SYNOPSIS\n.B cpd\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n");
    b.append(".SH DESCRIPTION\n").append(escape(String.join(" ", spec.usageMessage().description()))).append('\n');
    options(b, spec);
    b.append(".SH COMMANDS\n");
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec s = sub.getCommandSpec();
      if (s.usageMessage().hidden()) {
        continue;
      }
      b.append(".SS ").append(escape(s.qualifiedName())).append('\n');
      b.append(".B ").append(escape(s.qualifiedName()));
      for (OptionSpec o : s.options()) {
        if (!o.hidden() && !o.usageHelp() && !o.versionHelp()) {
          b.append(" [").append(escape(o.longestName())).append(o.arity().max() > 0 ? " " + escape(o.paramLabel()) : "").append(']');
        }
      }
      for (PositionalParamSpec p : s.positionalParameters()) {
        b.append(' ').append(escape(p.paramLabel())).append(p.arity().max() > 1 ? "..." : "");
      }
      b.append("\n.br\n").append(escape(String.join(" ", s.usageMessage().description()))).append('\n');
      for (OptionSpec o : s.options()) {
        if (!o.hidden()) {
          option(b, o);
        }
      }
      List<String> footer = List.of(s.usageMessage().footer());
      if (!footer.isEmpty()) {
        b.append(".PP\n.nf\n");
        footer.stream().filter(l -> !l.isBlank()).forEach(l -> b.append(escape(l)).append('\n'));
        b.append(".fi\n");
      }
    }
    b.append(".SH EXIT STATUS\n0 success (compliant, nothing found); 1 findings (not compliant, identifiers found, invalid\n"
        + "documents); 2 bad usage or unreadable input.\n");
    b.append(".SH SEE ALSO\nThe documentation in docs/cli.md of the cpdkit sources.\n");
    return b.toString();
  }

  private static void options(StringBuilder b, CommandSpec spec) {
    b.append(".SH OPTIONS\n");
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        option(b, o);
      }
    }
  }

  private static void option(StringBuilder b, OptionSpec o) {
    b.append(".TP\n\\fB").append(escape(String.join(", ", o.names()))).append("\\fR");
    if (o.arity().max() > 0) {
      b.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
    }
    b.append('\n').append(escape(String.join(" ", o.description()))).append('\n');
  }

  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0];
  }

  /** Text safe in a man page: backslashes doubled, hyphens and leading dots or quotes escaped. */
  static String escape(String text) {
    String t = text.replace("\\", "\\\\").replace("-", "\\-");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }

}
