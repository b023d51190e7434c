package org.cpdkit.interop.xapi;

/** The xAPI version statements are written for. */
public enum XapiVersion {
  /** xAPI 1.0.3 (ADL, 2016): the default, read by every conformant learning record store. */
  V1_0_3("1.0.3"),
  /**
   * IEEE 9274.1.1-2023, "xAPI 2.0": as 1.0.3, and peers and facilitators are also named in {@code
   * context.contextAgents} with the role they had.
   */
  V2_0_0("2.0.0");

  private final String value;

  XapiVersion(String value) {
    this.value = value;
  }

  /** The version as the {@code X-Experience-API-Version} header gives it, such as {@code 1.0.3}. */
  public String value() {
    return value;
  }

  /** The version for {@code 1.0.3}, {@code 2.0.0} or {@code 2.0}. */
  public static XapiVersion of(String value) {
    switch (value) {
      case "1.0.3":
        return V1_0_3;
      case "2.0":
      case "2.0.0":
        return V2_0_0;
      default:
        throw new IllegalArgumentException("xAPI version must be 1.0.3 or 2.0.0 (was " + value + ")");
    }
  }
}
