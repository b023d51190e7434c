package org.cpdkit.interop.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Objects;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.cpdkit.interop.framework.CaseOptions;
import org.cpdkit.rules.TextInspector;
import org.cpdkit.rules.TextInspectors;

/**
 * How records become xAPI statements: the home page of the opaque accounts, the base of activity
 * IRIs, the framework and CASE options that give standards their URIs, whether reflection text
 * leaves at all, and the version.
 */
public final class XapiOptions {
  private final String homePage;
  private final String activityBase;
  private final XapiVersion version;
  private final boolean includeReflections;
  private final boolean includeDrafts;
  private final StandardsFramework framework;
  private final CaseOptions caseOptions;
  private final TextInspector inspector;
  private final ZoneId zone;

  private XapiOptions(Builder b) {
    this.homePage = b.homePage;
    this.activityBase = b.activityBase != null ? b.activityBase : b.homePage.replaceAll("/*$", "") + "/activities/";
    this.version = b.version;
    this.includeReflections = b.includeReflections;
    this.includeDrafts = b.includeDrafts;
    this.framework = b.framework;
    this.caseOptions = b.caseOptions;
    this.inspector = b.inspector;
    this.zone = b.zone;
  }

  /**
   * A builder for the given account home page: the system in which the opaque account names
   * (practitioners' and participants' ids) are meaningful, such as {@code https://cpd.example.org}.
   */
  public static Builder builder(String homePage) {
    return new Builder(homePage);
  }

  /** The home page of every actor's account. */
  public String homePage() {
    return homePage;
  }

  /** The base of activity IRIs; ends with {@code /}. Defaults to the home page plus {@code /activities/}. */
  public String activityBase() {
    return activityBase;
  }

  /** The xAPI version; 1.0.3 unless set. */
  public XapiVersion version() {
    return version;
  }

  /** Whether reflection text (what was learned, impact, structured reflections, notes) is exported. */
  public boolean includeReflections() {
    return includeReflections;
  }

  /** Whether draft entries are exported. */
  public boolean includeDrafts() {
    return includeDrafts;
  }

  /** The framework whose CASE URIs name the standards; Social Work England (2019) unless set. */
  public StandardsFramework framework() {
    return framework;
  }

  /** The CASE options the framework's package is written with, so the URIs match it. */
  public CaseOptions caseOptions() {
    return caseOptions;
  }

  /** The anonymisation check applied to every text that would leave; cpdkit's scanner unless set. */
  public TextInspector inspector() {
    return inspector;
  }

  /** The zone in which a date-only entry's day starts; Europe/London unless set. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Checks that an account name is opaque: 1 to 128 characters in which the anonymisation check
   * finds nothing (no e-mail address, name or registration number).
   *
   * @throws IllegalArgumentException naming the kind of identifier found
   */
  public void checkAccountName(String name) {
    if (name == null || name.isBlank() || name.length() > 128) {
      throw new IllegalArgumentException("the account name must be an opaque id of 1 to 128 characters");
    }
    for (org.cpdkit.rules.TextSpan span : inspector.inspect(name)) {
      throw new IllegalArgumentException("the account name looks like an identifier (" + span.kind() + "); use an opaque id");
    }
  }

  /** Builds {@link XapiOptions}; every setter checks its value and names what is wrong. */
  public static final class Builder {
    private final String homePage;
    private String activityBase;
    private XapiVersion version = XapiVersion.V1_0_3;
    private boolean includeReflections;
    private boolean includeDrafts;
    private StandardsFramework framework = StandardsFrameworks.socialWorkEngland2019();
    private CaseOptions caseOptions = org.cpdkit.interop.framework.CasePackages.SOCIAL_WORK_ENGLAND_OPTIONS;
    private TextInspector inspector = TextInspectors.identifiers();
    private ZoneId zone = ZoneId.of("Europe/London");

    private Builder(String homePage) {
      this.homePage = absolute("homePage", homePage);
    }

    /** The base of activity IRIs; an absolute http or https IRI ending with {@code /}. */
    public Builder activityBase(String value) {
      absolute("activityBase", value);
      if (!value.endsWith("/")) {
        throw new IllegalArgumentException("XapiOptions.activityBase: must end with / (was " + value + ")");
      }
      this.activityBase = value;
      return this;
    }

    /** The xAPI version. */
    public Builder version(XapiVersion value) {
      this.version = Objects.requireNonNull(value, "version");
      return this;
    }

    /**
     * Opts in to exporting reflection text. Each record's text then passes the anonymisation check
     * first; a record with findings is refused, not exported.
     */
    public Builder includeReflections(boolean value) {
      this.includeReflections = value;
      return this;
    }

    /** Whether draft entries are exported too. */
    public Builder includeDrafts(boolean value) {
      this.includeDrafts = value;
      return this;
    }

    /** The framework and the CASE options of its package, so standards carry its URIs. */
    public Builder framework(StandardsFramework value, CaseOptions options) {
      this.framework = Objects.requireNonNull(value, "framework");
      this.caseOptions = Objects.requireNonNull(options, "caseOptions");
      return this;
    }

    /** The anonymisation check, such as a local authority's own inspector. */
    public Builder inspector(TextInspector value) {
      this.inspector = Objects.requireNonNull(value, "inspector");
      return this;
    }

    /** The zone in which a date-only entry's day starts. */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /** The options. */
    public XapiOptions build() {
      return new XapiOptions(this);
    }

    private static String absolute(String field, String value) {
      if (value == null) {
        throw new IllegalArgumentException("XapiOptions." + field + ": must be given");
      }
      try {
        URI uri = new URI(value);
        if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
            && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
          return value;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          "XapiOptions." + field + ": must be an absolute http or https IRI without query or fragment (was " + value + ")");
    }
  }
}
