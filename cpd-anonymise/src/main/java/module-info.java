/**
 * cpdkit's identifier scanner: finds names, addresses, contact details and reference numbers in
 * any free text, in one linear pass, and redacts them. Depends on the JDK alone.
 */
module org.cpdkit.anonymise {
  exports org.cpdkit.anonymise;

  uses org.cpdkit.anonymise.Detector;
}
