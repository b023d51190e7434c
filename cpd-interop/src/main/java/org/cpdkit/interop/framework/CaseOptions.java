package org.cpdkit.interop.framework;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.interop.NameUuids;

/**
 * How a standards framework is written as a CASE package: the base every CASE URI starts with,
 * the change time stamped on every record, and the document's optional descriptive fields. The
 * identifiers themselves are not options: they are derived from the framework's id, version and
 * codes, so the same framework always gets the same identifiers and URIs.
 */
public final class CaseOptions {

  /** The base URI used when none is set; a publisher should set its own resolvable base. */
  public static final String DEFAULT_BASE_URI = "https://w3id.org/cpdkit/case/uri/";

  private static final CaseOptions DEFAULTS = builder().build();

  private final String baseUri;
  private final Instant lastChange;
  private final String language;
  private final String officialSourceUrl;
  private final String adoptionStatus;
  private final String notes;

  private CaseOptions(Builder b) {
    this.baseUri = b.baseUri;
    this.lastChange = b.lastChange;
    this.language = b.language;
    this.officialSourceUrl = b.officialSourceUrl;
    this.adoptionStatus = b.adoptionStatus;
    this.notes = b.notes;
  }

  /** The defaults: {@link #DEFAULT_BASE_URI}, change time 1970-01-01T00:00:00Z, language {@code en}. */
  public static CaseOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base of every URI written; ends with {@code /}. */
  public String baseUri() {
    return baseUri;
  }

  /** The {@code lastChangeDateTime} of every record, to the second. */
  public Instant lastChange() {
    return lastChange;
  }

  /** The language of the statements (ISO 639), such as {@code en}. */
  public String language() {
    return language;
  }

  /** The URL of the publisher's own text of the standards, if given. */
  public Optional<String> officialSourceUrl() {
    return Optional.ofNullable(officialSourceUrl);
  }

  /** The document's adoption status, such as {@code Adopted}, if given. */
  public Optional<String> adoptionStatus() {
    return Optional.ofNullable(adoptionStatus);
  }

  /** Notes on the document, such as where its wording comes from, if given. */
  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  /** The CASE identifier of the framework's CFDocument. */
  public static UUID documentId(StandardsFramework framework) {
    return NameUuids.v5(NameUuids.CPDKIT_NAMESPACE, "case|document|" + framework.id() + "|" + framework.version());
  }

  /** The CASE identifier of the CFItem for a group of the framework. */
  public static UUID groupId(StandardsFramework framework, String groupCode) {
    return NameUuids.v5(documentId(framework), "group|" + groupCode);
  }

  /** The CASE identifier of the CFItem for a standard of the framework. */
  public static UUID standardId(StandardsFramework framework, StandardCode code) {
    return NameUuids.v5(documentId(framework), "standard|" + code.value());
  }

  /** The URI of the record with this identifier: the base followed by the identifier. */
  public String uri(UUID identifier) {
    return baseUri + identifier;
  }

  /**
   * The URI a standard of the framework has in the CASE package these options write; xAPI
   * statements use it to name the standards an activity evidences.
   */
  public String standardUri(StandardsFramework framework, StandardCode code) {
    return uri(standardId(framework, code));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseOptions other
        && baseUri.equals(other.baseUri)
        && lastChange.equals(other.lastChange)
        && language.equals(other.language)
        && Objects.equals(officialSourceUrl, other.officialSourceUrl)
        && Objects.equals(adoptionStatus, other.adoptionStatus)
        && Objects.equals(notes, other.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(baseUri, lastChange, language, officialSourceUrl, adoptionStatus, notes);
  }

  @Override
  public String toString() {
    return "CaseOptions{baseUri=" + baseUri + ", lastChange=" + lastChange + "}";
  }

  /** Builds {@link CaseOptions}; every setter checks its value and names what is wrong. */
  public static final class Builder {
    private String baseUri = DEFAULT_BASE_URI;
    private Instant lastChange = Instant.EPOCH;
    private String language = "en";
    private String officialSourceUrl;
    private String adoptionStatus;
    private String notes;

    private Builder() {}

    /** The base of every URI; an absolute {@code http} or {@code https} URI ending with {@code /}. */
    public Builder baseUri(String value) {
      this.baseUri = absoluteHttp("baseUri", value);
      if (!baseUri.endsWith("/")) {
        throw new IllegalArgumentException("CaseOptions.baseUri: must end with / (was " + value + ")");
      }
      return this;
    }

    /** The change time of every record; truncated to the second. */
    public Builder lastChange(Instant value) {
      this.lastChange = Objects.requireNonNull(value, "lastChange").truncatedTo(ChronoUnit.SECONDS);
      return this;
    }

    /** The language of the statements, such as {@code en}. */
    public Builder language(String value) {
      if (value == null || !value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
        throw new IllegalArgumentException("CaseOptions.language: must be a language tag such as en (was " + value + ")");
      }
      this.language = value;
      return this;
    }

    /** The URL of the publisher's own text. */
    public Builder officialSourceUrl(String value) {
      this.officialSourceUrl = absoluteHttp("officialSourceUrl", value);
      return this;
    }

    /** The adoption status, such as {@code Adopted}. */
    public Builder adoptionStatus(String value) {
      this.adoptionStatus = nonBlank("adoptionStatus", value);
      return this;
    }

    /** Notes on the document. */
    public Builder notes(String value) {
      this.notes = nonBlank("notes", value);
      return this;
    }

    /** The options. */
    public CaseOptions build() {
      return new CaseOptions(this);
    }

    private static String nonBlank(String field, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("CaseOptions." + field + ": must not be blank");
      }
      return value;
    }

    private static String absoluteHttp(String field, String value) {
      nonBlank(field, value);
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme();
        if (uri.isAbsolute() && ("https".equals(scheme) || "http".equals(scheme)) && uri.getHost() != null) {
          return value;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      throw new IllegalArgumentException("CaseOptions." + field + ": must be an absolute http or https URI (was " + value + ")");
    }
  }
}
