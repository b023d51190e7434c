package org.cpdkit.anonymise;

/**
 * A kind of identifying detail that must not stay in an anonymised CPD record. The constant names
 * are a contract: they appear as they are in the command line's JSON output.
 */
public enum IdentifierKind {
  /** A person's given name or surname, alone or with a title. */
  PERSON_NAME("PERSON"),
  /** An e-mail address. */
  EMAIL("EMAIL"),
  /** A telephone number. */
  PHONE("PHONE"),
  /** A UK postcode. */
  POSTCODE("POSTCODE"),
  /** A house number and street, optionally with a flat number. */
  STREET_ADDRESS("ADDRESS"),
  /** A date given as someone's date of birth. */
  DATE_OF_BIRTH("DATE OF BIRTH"),
  /** An NHS number (ten digits with a valid check digit). */
  NHS_NUMBER("NHS NUMBER"),
  /** A National Insurance number. */
  NI_NUMBER("NI NUMBER"),
  /** A case, file or system reference number for a person's record. */
  CASE_REFERENCE("CASE REFERENCE"),
  /** A web address. */
  URL("URL"),
  /** A social media handle such as {@code @name}. */
  SOCIAL_HANDLE("HANDLE");

  private final String label;

  IdentifierKind(String label) {
    this.label = label;
  }

  /** The built-in detectors, one per kind, in the order of the constants. */
  private static final class BuiltIn {
    static final Detector[] DETECTORS = {
      new PersonNameDetector(),
      StructuredPass.EMAIL,
      StructuredPass.PHONE,
      StructuredPass.POSTCODE,
      StructuredPass.ADDRESS,
      StructuredPass.DATE_OF_BIRTH,
      StructuredPass.NHS,
      StructuredPass.NI,
      StructuredPass.CASE_REFERENCE,
      StructuredPass.URL,
      StructuredPass.HANDLE
    };
  }

  /**
   * The built-in detector of this kind on its own: {@code detect(text)} finds this kind alone,
   * with the same decisions as {@link IdentifierScanner#standard()}. A full scan does not call the
   * detectors one by one: it makes a single pass over the text for every kind.
   *
   * @return a thread-safe detector
   */
  public Detector detector() {
    return BuiltIn.DETECTORS[ordinal()];
  }

  /**
   * The word the redactor writes in placeholders for this kind, such as {@code PERSON} in {@code
   * [PERSON 1]}.
   *
   * @return the placeholder label, upper case
   */
  public String placeholderLabel() {
    return label;
  }
}
