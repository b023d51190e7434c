package org.cpdkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.interop.framework.CaseOptions;
import org.cpdkit.interop.framework.CasePackages;
import org.cpdkit.interop.xapi.Refusal;
import org.cpdkit.interop.xapi.XapiOptions;
import org.cpdkit.interop.xapi.XapiSummary;
import org.cpdkit.interop.xapi.XapiVersion;
import org.cpdkit.interop.xapi.XapiWriter;
import org.cpdkit.json.CpdFormatException;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.Document;
import org.cpdkit.json.DocumentType;
import org.cpdkit.rules.Finding;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpd export --case | --xapi}: a framework as a CASE package, records as xAPI statements. */
@Command(
    name = "export",
    description = {
      "Write a standards framework as a 1EdTech CASE 1.1 package (--case), or portfolios,",
      "peer-reflection sessions and toolkit runs as xAPI statements for a learning record store (--xapi)."
    },
    footer = {
      "",
      "Examples:",
      "  cpd export --case swe-2019 -o swe-2019.case.json",
      "  cpd export --xapi --home-page https://cpd.example.org --account p-7f3a9c examples/portfolio-compliant.json",
      "  cpd export --xapi --home-page https://cpd.example.org --xapi-version 2.0 examples/session.json",
      "",
      "Statements carry opaque account names only. Reflection text is left out unless",
      "--include-reflections is given; then a record whose text holds an identifier is refused",
      "and named on stderr, and the others are written.",
      "",
      "Exit status: 0 written, 1 some records refused, 2 error."
    },
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  static final class Format {
    @Option(names = "--case", required = true, description = "Write a CASE 1.1 package of the framework named.")
    boolean caseFormat;

    @Option(names = "--xapi", required = true, description = "Write xAPI statements of the documents given.")
    boolean xapi;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private Path output;

  @Option(names = "--base-uri", paramLabel = "URI",
      description = "The base of the CASE URIs, ending with / (default: the built-in framework's, or "
          + CaseOptions.DEFAULT_BASE_URI + ").")
  private String baseUri;

  @Option(names = "--last-change", paramLabel = "INSTANT",
      description = "--case: the lastChangeDateTime of every record, such as 2026-01-01T00:00:00Z.")
  private String lastChange;

  @Option(names = "--framework", paramLabel = "ID|FILE", defaultValue = "swe-2019",
      description = "--xapi: the framework whose CASE URIs name the standards (default: ${DEFAULT-VALUE}).")
  private String framework;

  @Option(names = "--home-page", paramLabel = "URL", description = "--xapi: the home page of the actors' accounts (required).")
  private String homePage;

  @Option(names = "--account", paramLabel = "NAME",
      description = "--xapi: the opaque account name of the practitioner of each portfolio (required for portfolios).")
  private String account;

  @Option(names = "--include-reflections", description = "--xapi: export reflection text, after the anonymisation check.")
  private boolean includeReflections;

  @Option(names = "--include-drafts", description = "--xapi: export draft entries too.")
  private boolean includeDrafts;

  @Option(names = "--xapi-version", paramLabel = "VERSION", defaultValue = "1.0.3",
      description = "--xapi: 1.0.3 or 2.0 (default: ${DEFAULT-VALUE}).")
  private String xapiVersion;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "--case: one framework id (see 'cpd standards') or framework document; "
          + "--xapi: portfolio, session or toolkit-run documents.")
  private List<String> inputs;

  private final Terminal terminal;

  ExportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    return format.caseFormat ? exportCase() : exportXapi();
  }

  private int exportCase() {
    if (inputs.size() != 1) {
      throw new CliException("--case takes one framework, not " + inputs.size());
    }
    Instant time = null;
    if (lastChange != null) {
      try {
        time = Instant.parse(lastChange);
      } catch (DateTimeParseException e) {
        throw new CliException("--last-change: '" + lastChange + "' is not an instant such as 2026-01-01T00:00:00Z");
      }
    }
    StandardsFramework f = Frameworks.resolve(inputs.get(0));
    CaseOptions options = Frameworks.options(f, baseUri, time);
    write(out -> CasePackages.write(f, options, out));
    return Main.OK;
  }

  private int exportXapi() {
    if (homePage == null) {
      throw new CliException("--xapi needs --home-page, the system the account names belong to");
    }
    if (lastChange != null) {
      throw new CliException("--last-change applies to --case only");
    }
    XapiOptions options;
    try {
      StandardsFramework f = Frameworks.resolve(framework);
      options = XapiOptions.builder(homePage)
          .version(XapiVersion.of(xapiVersion))
          .includeReflections(includeReflections)
          .includeDrafts(includeDrafts)
          .framework(f, Frameworks.options(f, baseUri, null))
          .build();
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage().replaceFirst("^XapiOptions\\.homePage", "--home-page"));
    }
    List<Document> documents = inputs.stream().map(ExportCommand::read).toList();
    for (int i = 0; i < documents.size(); i++) {
      Object value = documents.get(i).value();
      if (!(value instanceof Portfolio || value instanceof PeerReflectionSession || value instanceof ToolkitRun)) {
        throw new CliException(inputs.get(i) + ": a " + documents.get(i).type().format()
            + " document has no xAPI statements; give portfolios, sessions or toolkit runs");
      }
      if (value instanceof Portfolio p) {
        if (account == null) {
          throw new CliException(inputs.get(i) + ": a portfolio needs --account, the practitioner's opaque account name");
        }
        if (account.equalsIgnoreCase(p.practitioner().registrationNumber())) {
          throw new CliException("--account: the account name must be opaque, not the practitioner's registration number");
        }
      }
    }
    if (account != null) {
      try {
        options.checkAccountName(account);
      } catch (IllegalArgumentException e) {
        throw new CliException("--account: " + e.getMessage());
      }
    }
    XapiSummary[] summary = new XapiSummary[1];
    write(out -> {
      try (XapiWriter w = XapiWriter.open(out, options)) {
        for (int i = 0; i < documents.size(); i++) {
          export(w, inputs.get(i), documents.get(i));
        }
        summary[0] = w.summary();
      }
    });
    for (Refusal r : summary[0].refusals()) {
      for (Finding f : r.findings()) {
        terminal.err().println("refused " + r.kind() + " " + r.id() + ": " + f.location() + " "
            + f.span().map(s -> s.kind()).orElse("") + " (" + f.ruleId() + ")");
      }
    }
    terminal.err().println(count(summary[0].statements(), "statement") + " written"
        + (summary[0].refusals().isEmpty() ? "" : ", " + count(summary[0].refusals().size(), "record") + " refused")
        + (summary[0].draftsLeftOut() == 0 ? "" : ", " + count(summary[0].draftsLeftOut(), "draft") + " left out"));
    return summary[0].isComplete() ? Main.OK : Main.FINDINGS;
  }

  private void export(XapiWriter w, String name, Document d) {
    if (d.value() instanceof Portfolio p) {
      w.portfolio(account, p);
    } else if (d.value() instanceof PeerReflectionSession s) {
      w.session(s);
    } else if (d.value() instanceof ToolkitRun r) {
      w.toolkitRun(r);
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static Document read(String name) {
    Path file = Path.of(name);
    try {
      return CpdJson.standard().readAny(file);
    } catch (CpdFormatException e) {
      throw new CliException(Main.oneLine(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new CliException(file + ": cannot read (" + e.getCause().getClass().getSimpleName() + ")");
    }
  }

  private interface Body {
    void write(OutputStream out);
  }

  private void write(Body body) {
    if (output == null) {
      OutputStream out = new BufferedOutputStream(terminal.out(), 1 << 16);
      body.write(out);
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      body.write(out);
    } catch (IOException e) {
      throw new CliException(output + ": cannot write (" + e.getClass().getSimpleName() + ")");
    }
  }
}
