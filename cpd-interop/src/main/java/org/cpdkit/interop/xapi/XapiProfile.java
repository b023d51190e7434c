package org.cpdkit.interop.xapi;

import org.cpdkit.core.entry.ActivityType;

/**
 * The IRIs of cpdkit's xAPI profile: the verbs, activity types, extensions and roles its
 * statements use. ADL's vocabulary is used where it has the word; the rest lives under {@link
 * #NAMESPACE}. docs/interop.md describes every one.
 */
public final class XapiProfile {
  /** The namespace of cpdkit's own IRIs. */
  public static final String NAMESPACE = "https://w3id.org/xapi/cpdkit/";
  /** The profile, named in every statement's {@code context.contextActivities.category}. */
  public static final String PROFILE = NAMESPACE + "profile/v1";

  /** ADL: present at an event (a course, supervision, a peer-reflection session). */
  public static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";
  /** ADL: finished a module or an e-learning course. */
  public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  /** ADL: encountered something without a completion to claim (reading, a podcast). */
  public static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
  /** cpdkit: wrote a reflection on an activity (ADL has no such verb). */
  public static final String REFLECTED = NAMESPACE + "verbs/reflected";

  /** ADL: a gathering of people for a common cause; peer reflection and case studies. */
  public static final String MEETING = "http://adlnet.gov/expapi/activities/meeting";
  /** ADL: a self-contained unit of learning; a toolkit's individual module. */
  public static final String MODULE = "http://adlnet.gov/expapi/activities/module";
  /** The TLA competency type, used for each standard an activity evidences. */
  public static final String COMPETENCY = "https://w3id.org/xapi/tla/activity-types/competency";
  /** A team learning toolkit (the parent of its module and case study). */
  public static final String TEAM_TOOLKIT = NAMESPACE + "activity-types/team-toolkit";

  /** Context extension: the entry's own date, end date, participatory flag and status. */
  public static final String EXT_ENTRY = NAMESPACE + "extensions/entry";
  /** Context extension: how the peer reflection took place and the peers' roles. */
  public static final String EXT_PEER_REFLECTION = NAMESPACE + "extensions/peer-reflection";
  /** Context extension: the session's format, mode and the attendee's role. */
  public static final String EXT_SESSION = NAMESPACE + "extensions/session";
  /** Context extension: the toolkit stage, {@code individual-module} or {@code case-study}. */
  public static final String EXT_TOOLKIT_STAGE = NAMESPACE + "extensions/toolkit-stage";
  /** Result extension (opt-in text): the impact on practice. */
  public static final String EXT_IMPACT = NAMESPACE + "extensions/impact";
  /** Result extension (opt-in text): what was done. */
  public static final String EXT_WHAT_I_DID = NAMESPACE + "extensions/what-i-did";
  /** Result extension (opt-in text): a structured reflection's model and stages. */
  public static final String EXT_REFLECTION = NAMESPACE + "extensions/reflection";
  /** Result extension (opt-in text): a session's notes, feedback and feedforward. */
  public static final String EXT_SESSION_NOTES = NAMESPACE + "extensions/session-notes";

  /** 2.0 context-agent role: the facilitator. */
  public static final String ROLE_FACILITATOR = NAMESPACE + "roles/facilitator";
  /** 2.0 context-agent role: a peer. */
  public static final String ROLE_PEER = NAMESPACE + "roles/peer";

  private XapiProfile() {}

  /** The activity type of an entry of this type. */
  public static String activityType(ActivityType type) {
    return NAMESPACE + "activity-types/" + type.code();
  }

  /** The verb of an entry of this type: attended, completed or experienced. */
  public static String verb(ActivityType type) {
    switch (type) {
      case E_LEARNING:
      case TEAM_TOOLKIT:
        return COMPLETED;
      case READING:
      case BLOG_OR_PODCAST:
      case ONLINE_DISCUSSION:
      case FEEDBACK:
      case OTHER:
        return EXPERIENCED;
      default:
        return ATTENDED;
    }
  }

  static String display(String verb) {
    if (verb.equals(REFLECTED)) {
      return "reflected on";
    }
    return verb.substring(verb.lastIndexOf('/') + 1);
  }
}
