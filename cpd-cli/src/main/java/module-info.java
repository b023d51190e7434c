/** The {@code cpd} command. Not a library: its classes are not API. */
module org.cpdkit.cli {
  requires org.cpdkit.json;
  requires org.cpdkit.interop;
  requires org.cpdkit.report;
  requires info.picocli;

  // picocli reads the commands' annotations and sets their fields reflectively.
  opens org.cpdkit.cli to info.picocli;
}
