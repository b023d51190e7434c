package org.cpdkit.json;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpdkit.core.Limits;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.Coded;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.ToolkitStage;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.portfolio.ReviewSample;
import org.cpdkit.core.session.FeedbackKind;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.rules.RequirementState;
import org.cpdkit.rules.Severity;
import org.cpdkit.rules.team.Standing;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Produces the published JSON Schema files from the format's property lists ({@link Props}) and
 * {@link Limits}, so the schema's names, lengths and patterns are the reader's. The files are
 * committed; {@code SchemaFilesTest} fails when they differ from what this produces.
 */
final class SchemaGenerator {
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  static final String EXTENSION_PATTERN = "^" + Limits.EXTENSION_KEY_REGEX + "$";
  /** Not blank, as {@link String#isBlank()} means it: some character that is not Java whitespace. */
  static final String NOT_BLANK =
      "[^\\t\\n\\u000b\\f\\r\\u001c-\\u001f \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]";

  private final Map<String, Map<String, Object>> defs = new LinkedHashMap<>();

  SchemaGenerator() {
    define();
    defineReports();
  }

  // ---- building blocks ---------------------------------------------------------------------

  static Map<String, Object> obj(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Map<String, Object> ref(String def) {
    return obj("$ref", "#/$defs/" + def);
  }

  static Map<String, Object> id(String description) {
    return obj("description", description, "type", "string", "pattern", "^" + Limits.ID_REGEX + "$");
  }

  static Map<String, Object> label(String description) {
    return obj(
        "description", description,
        "type", "string",
        "minLength", 1,
        "maxLength", Limits.MAX_LABEL_LENGTH,
        "pattern", NOT_BLANK);
  }

  static Map<String, Object> text(String description) {
    return obj("description", description, "type", "string", "maxLength", Limits.MAX_TEXT_LENGTH);
  }

  static Map<String, Object> date(String description) {
    return obj(
        "description", description + " An ISO 8601 calendar date, YYYY-MM-DD.",
        "type", "string",
        "format", "date",
        "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
  }

  static Map<String, Object> duration(String description) {
    return obj(
        "description",
        description + " An ISO 8601 duration in days, hours, minutes and seconds, such as PT1H30M.",
        "type", "string",
        "pattern", Durations.REGEX);
  }

  static Map<String, Object> bool(String description) {
    return obj("description", description, "type", "boolean");
  }

  static <E extends Enum<E> & Coded> Map<String, Object> code(String description, Class<E> type) {
    List<String> codes = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      codes.add(e.code());
    }
    return obj("description", description, "type", "string", "enum", codes);
  }

  static Map<String, Object> array(String description, Map<String, Object> items, boolean unique) {
    Map<String, Object> a = obj("description", description, "type", "array", "items", items);
    if (unique) {
      a.put("uniqueItems", true);
    }
    return a;
  }

  static Map<String, Object> standardCode() {
    return obj(
        "description", "A standard's code, such as 4.5.",
        "type", "string",
        "pattern", "^" + Limits.STANDARD_CODE_REGEX + "$");
  }

  /** An object definition whose property names and required list come from {@code props}. */
  private void object(
      Props props, boolean extensible, String description, Map<String, Object> properties, Object... extra) {
    if (!props.names.equals(new ArrayList<>(properties.keySet()))) {
      throw new IllegalStateException(props.type + ": schema properties " + properties.keySet() + " differ from " + props.names);
    }
    Map<String, Object> d = obj("description", description, "type", "object", "properties", properties);
    if (!props.required.isEmpty()) {
      d.put("required", props.required);
    }
    if (extensible) {
      d.put("patternProperties", obj(EXTENSION_PATTERN, obj("description", "An extension: any JSON value, kept as written.")));
    }
    d.put("additionalProperties", false);
    for (int i = 0; i < extra.length; i += 2) {
      d.put((String) extra[i], extra[i + 1]);
    }
    defs.put(props.type, d);
  }

  // ---- the format --------------------------------------------------------------------------

  private void define() {
    object(
        PortfolioCodec.PORTFOLIO, true, "A practitioner's CPD record: who they are, their entries and what else their regulator asks the record to hold.",
        obj(
            "practitioner", ref("Practitioner"),
            "entries", array("The CPD entries, in the order they were recorded; ids are unique.", ref("CpdEntry"), false),
            "practiceHours", array("Hours of practice, for regulators that count them (NMC).", ref("PracticeHours"), false),
            "feedback", array("Pieces of practice-related feedback, items of their own; ids are unique.", ref("FeedbackItem"), false),
            "reflectiveAccounts", array("Written reflective accounts linked to the themes of the NMC Code; ids are unique.", ref("ReflectiveAccount"), false),
            "signOffs", array("Other people's sign-offs of the record or of single entries, by role and opaque reference, never by name.", ref("SignOff"), false),
            "declarations", array("Declarations made to the regulator.", ref("Declaration"), false),
            "learningPlan", ref("LearningPlan"),
            "absences", array("Stretches of time away from practice, such as extended leave.", ref("Absence"), false),
            "reviews", array("The outcomes of the regulator's reviews of this CPD, one per year reviewed (periodEnd unique).", ref("CpdReview"), false),
            "auditProfile", ref("AuditProfile")));
    object(
        RecordCodec.AUDIT_PROFILE, false, "The CPD profile sent when the regulator samples the registrant for audit (HCPC); entries by id.",
        obj(
            "requestedOn", date("The day the regulator asked for the profile."),
            "coversFrom", date("The first day the profile covers; before requestedOn. Defaults to two years before it."),
            "summaryOfPractice", text("The summary of the registrant's practice. Defaults to empty."),
            "statement", text("The statement of how the CPD met the standards. Defaults to empty."),
            "statementActivities", array("The entries the statement draws on, by id; each names an entry of the portfolio.", id("An entry id."), true),
            "activities", array("The dated list of activities in the time covered, by entry id, earliest first; each names an entry of the portfolio.", id("An entry id."), true),
            "gaps", array("The gaps in the dated list that need an explanation, earliest first.", ref("ProfileGap"), false)));
    object(
        RecordCodec.PROFILE_GAP, false, "A stretch of the dated list with no activity, and what explains it.",
        obj(
            "start", date("The last day before the gap with an activity, or the first day covered."),
            "end", date("The next day with an activity, or the day of the request; after start."),
            "explanation", code("Why nothing was done, when the record explains it.", org.cpdkit.core.portfolio.AbsenceReason.class)));
    object(
        ReviewCodec.REVIEW, true, "The outcome of the regulator's review of one registration year's CPD.",
        obj(
            "periodEnd", date("The last day of the registration year reviewed."),
            "sample", code("How the registrant came to be reviewed; defaults to random.", ReviewSample.class),
            "date", date("The day the outcome was given; after periodEnd."),
            "feedbackGiven", bool("Whether the review gave feedback; defaults to false."),
            "reviewAgainNextYear", bool("Whether the next registration year will be reviewed too; defaults to feedbackGiven."),
            "reference", id("An opaque reference to the outcome; never a name.")));
    object(
        RecordCodec.PRACTICE_HOURS, false, "Hours of practice in a stretch of time, with the setting and scope of practice.",
        obj(
            "start", date("The first day."),
            "end", date("The last day; not before start."),
            "hours", duration("The hours practised; more than zero, at most 366 days."),
            "setting", label("The work setting."),
            "scope", label("The scope of practice.")));
    object(
        RecordCodec.FEEDBACK, false, "A piece of practice-related feedback.",
        obj(
            "id", id("An opaque identifier, unique among the portfolio's feedback."),
            "date", date("When it was received."),
            "source", label("Where it came from, such as patient or colleague; never a name."),
            "form", label("Its form, such as verbal or thank-you card."),
            "note", text("What it said and how it was used. Defaults to empty.")));
    object(
        RecordCodec.ACCOUNT, false, "A written reflective account, linked to the themes of the NMC Code.",
        obj(
            "id", id("An opaque identifier, unique among the portfolio's reflective accounts."),
            "date", date("When it was written."),
            "codeThemes", array("The themes of the Code it relates to.", code("A theme of the Code.", org.cpdkit.core.portfolio.CodeTheme.class), true),
            "about", array("The ids of the entries or feedback it reflects on.", id("An id."), true),
            "whatHappened", text("The nature of the activity, feedback or event. Defaults to empty."),
            "whatILearned", text("What was learned. Defaults to empty."),
            "howPracticeChanged", text("How practice changed or improved. Defaults to empty."),
            "relevanceToTheCode", text("How it relates to the Code. Defaults to empty.")));
    object(
        RecordCodec.SIGN_OFF, false, "Another person's part in the record, by role and opaque reference, never by name.",
        obj(
            "kind", code("What the sign-off is.", org.cpdkit.core.portfolio.SignOffKind.class),
            "date", date("When it took place."),
            "role", label("The person's role, such as team manager."),
            "registrant", bool("Whether the person is registered with the practitioner's regulator."),
            "reference", id("An opaque reference, such as a registration number."),
            "entry", id("The id of the entry it endorses, when it is about one piece; absent for the record as a whole. Names an entry of the portfolio.")));
    object(
        RecordCodec.DECLARATION, false, "A declaration made to the regulator.",
        obj(
            "id", obj("description", "The declaration's id, such as health-and-character.", "type", "string", "pattern", "^" + Limits.CODE_REGEX + "$"),
            "date", date("The day it was made.")));
    object(
        RecordCodec.LEARNING_PLAN, false, "A written learning and development plan (NISCC).",
        obj(
            "agreedWithEmployer", bool("Whether it is agreed with the employer."),
            "agreedOn", date("When it was agreed."),
            "lastReviewed", date("When it was last reviewed; not before agreedOn.")));
    object(
        RecordCodec.ABSENCE, false, "A stretch of time away from practice.",
        obj(
            "start", date("The first day."),
            "end", date("The last day; not before start."),
            "reason", code("Why.", org.cpdkit.core.portfolio.AbsenceReason.class)));
    object(
        PortfolioCodec.PRACTITIONER, true, "A registered professional, identified by registration number; never by name.",
        obj(
            "registrationNumber",
                obj(
                    "description", "The registration number the regulator issued, such as SW123456.",
                    "type", "string",
                    "pattern", "^" + Limits.REGISTRATION_NUMBER_REGEX + "$"),
            "regulator", code("The regulator the practitioner is registered with.", Regulator.class),
            "registeredOn", date("When the practitioner first registered; anchors personal registration cycles."),
            "assessedYearCompletedOn", date("When the assessed year in employment was completed (NISCC)."),
            "hcpcProfession", code("The HCPC profession, whose fixed renewal window sets the period.", org.cpdkit.core.portfolio.HcpcProfession.class)));
    object(
        EntryCodec.ENTRY, true, "One piece of CPD: what was done and when, what was learned, the impact on practice.",
        obj(
            "id", id("An opaque identifier, unique within a portfolio."),
            "title", label("A short title."),
            "activityType", code("What kind of activity this was; a submitted entry without one does not count.", ActivityType.class),
            "activityDescription", label("The activity in a few words, when activityType is other."),
            "date",
                obj(
                    "description", "When the activity took place (its first day). An ISO 8601 calendar date, YYYY-MM-DD, from 1900 to 9999.",
                    "type", "string",
                    "format", "date",
                    "pattern", "^(19|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$"),
            "endDate", date("The last day, for an activity over several days; not before date."),
            "timeSpent", duration("Time spent; at most 366 days."),
            "participatory", bool("Whether the activity involved other people; defaults to whether there is a peerReflection."),
            "whatIDid", text("What was done and why it is relevant. Defaults to empty."),
            "whatILearned", text("What was learned. Defaults to empty."),
            "impactOnPractice", text("The impact on practice and on the people worked with: the reflection. Defaults to empty."),
            "standards", array("The professional standards the entry evidences, by code.", standardCode(), true),
            "codeThemes", array("The parts of the NMC Code most relevant to the activity, by theme; written only when there is one.",
                code("A theme of the Code.", org.cpdkit.core.portfolio.CodeTheme.class), true),
            "peerReflection", ref("PeerReflection"),
            "structuredReflection", ref("StructuredReflection"),
            "evidence", array("Evidence for the activity.", ref("EvidenceReference"), false),
            "origin", ref("EntryOrigin"),
            "tags", array("Free labels.", label("A tag."), true),
            "status", code("Whether the entry is a draft or submitted; defaults to submitted.", EntryStatus.class),
            "usedForRenewal", date("The last day of the registration period whose renewal the piece was already used for.")));
    object(
        EntryCodec.PEER_REFLECTION, true, "A discussion of the learning with peers, named by role, never by name.",
        obj(
            "date", date("When the discussion took place."),
            "mode", code("How the discussion took place; defaults to in-person.", ReflectionMode.class),
            "peerRoles", array("The peers' roles, such as team manager; never names.", label("A role."), false),
            "whatILearnedFromPeers", text("What was learned from the peers. Defaults to empty."),
            "sessionId", id("The peer-reflection session this discussion was part of.")));
    List<Object> perModel = new ArrayList<>();
    for (ReflectionModel m : ReflectionModel.values()) {
      perModel.add(
          obj(
              "if", obj("properties", obj("model", obj("const", m.code()))),
              "then", obj("properties", obj("sections", obj("propertyNames", obj("enum", m.sections()))))));
    }
    object(
        EntryCodec.STRUCTURED_REFLECTION, true, "A reflection written section by section following a named model.",
        obj(
            "model", code("The model followed.", ReflectionModel.class),
            "sections",
                obj(
                    "description", "Section code to the text written for it; only the model's sections.",
                    "type", "object",
                    "additionalProperties", text("The text of one section."))),
        "allOf", perModel);
    object(
        EntryCodec.ORIGIN, true, "The team toolkit run a piece came from, and the stage it reflects on.",
        obj(
            "toolkitRunId", id("The toolkit run that yielded the piece."),
            "toolkitStage", code("The part of the toolkit the piece reflects on.", ToolkitStage.class)));
    object(
        EntryCodec.EVIDENCE, true, "A pointer to evidence: a certificate, notes, a reading, a file in a store.",
        obj(
            "description", label("What the evidence is."),
            "uri", obj("description", "Where it is: a URI reference.", "type", "string", "format", "uri-reference"),
            "attachment", ref("Attachment")));
    object(
        EntryCodec.ATTACHMENT, true, "A file held as evidence, described without its content.",
        obj(
            "mediaType", obj("description", "The file's media type, such as application/pdf, without parameters.", "type", "string", "pattern", "^" + Limits.MEDIA_TYPE_REGEX + "$"),
            "size", obj("description", "The file's size in bytes.", "type", "integer", "minimum", 0, "maximum", Limits.MAX_ATTACHMENT_SIZE),
            "sha256", obj("description", "The SHA-256 digest of the file's bytes, in lower-case hexadecimal.", "type", "string", "pattern", "^" + Limits.SHA256_REGEX + "$"),
            "date", date("The day the file was added to the record.")));
    object(
        SessionCodec.SESSION, true, "A peer-reflection session held by a team.",
        obj(
            "id", id("An opaque identifier."),
            "title", label("A short title."),
            "format", code("The kind of session.", SessionFormat.class),
            "date", date("When it took place."),
            "duration", duration("How long it lasted; more than zero, at most 366 days."),
            "mode", code("How it took place; defaults to in-person.", ReflectionMode.class),
            "team", label("The team that held the session, when recorded."),
            "facilitator", ref("Participant"),
            "participants", array("Who took part; ids are unique.", ref("Participant"), false),
            "prompts", array("The prompts used; ids are unique.", ref("Prompt"), false),
            "notes", text("The session's notes. Defaults to empty."),
            "feedback", array("Feedback on current practice said to the group, not attributed.", text("One piece of feedback."), false),
            "feedforward", array("Feedforward on future practice said to the group, not attributed.", text("One piece of feedforward."), false),
            "peerFeedback", array("Feedback and feedforward one attendee gave another: who gave which to whom.", ref("PeerFeedback"), false),
            "successes", array("In a practice learning circle only: the successes practitioners brought.", ref("LearningCircleSuccess"), false)));
    object(
        SessionCodec.SUCCESS, true, "A success one practitioner brought to a practice learning circle, and what the group drew from it.",
        obj(
            "presenterId", id("The attendee who brought it."),
            "success", obj("description", "The piece of practice that went well, told without naming anyone; not blank.", "type", "string", "minLength", 1, "maxLength", Limits.MAX_TEXT_LENGTH, "pattern", NOT_BLANK),
            "whatMadeItWork", text("What made it work. Defaults to empty."),
            "howToRepeatIt", text("How to repeat it. Defaults to empty.")));
    object(
        SessionCodec.PEER_FEEDBACK, true, "Feedback or feedforward one attendee of the session gave another, by participant id.",
        obj(
            "kind", code("Feedback on current practice or feedforward on future practice.", FeedbackKind.class),
            "giverId", id("The attendee who gave it."),
            "receiverId", id("The attendee it was given to; not the giver."),
            "text", obj("description", "What was said; not blank.", "type", "string", "minLength", 1, "maxLength", Limits.MAX_TEXT_LENGTH, "pattern", NOT_BLANK)));
    object(
        SessionCodec.PARTICIPANT, false, "Someone taking part, known by an opaque id and a role, never by name.",
        obj("id", id("An opaque identifier such as a staff number."), "role", label("The participant's role.")));
    object(
        SessionCodec.PROMPT, false, "A conversation starter, mapped to the standards it helps evidence.",
        obj(
            "id", id("A stable identifier."),
            "text", obj("description", "The prompt.", "type", "string", "minLength", 1, "maxLength", Limits.MAX_PROMPT_LENGTH, "pattern", NOT_BLANK),
            "standards", array("The standards it helps evidence.", standardCode(), true)));
    object(
        ToolkitCodec.TOOLKIT, true, "A team learning toolkit: an individual module (L1) then a case study in group supervision (L2).",
        obj(
            "id", id("A stable identifier."),
            "title", label("The toolkit's title."),
            "theme", label("Its theme."),
            "moduleTitle", label("The title of the individual online module (L1)."),
            "moduleMinimumTime", duration("The least time L1 is expected to take; defaults to PT1H."),
            "moduleMaximumTime", duration("The most time L1 is expected to take, not less than the minimum; defaults to PT1H30M."),
            "caseStudyTitle", label("The title of the case study (L2)."),
            "caseStudyTime", duration("How long L2 is designed to take: at least 60 minutes; defaults to PT1H."),
            "standards", array("The standards the toolkit serves.", standardCode(), true)));
    object(
        ToolkitCodec.RUN, true, "A team working through a toolkit.",
        obj(
            "id", id("An opaque identifier."),
            "toolkit", ref("Toolkit"),
            "facilitator", ref("Participant"),
            "moduleDeadline", date("The last day for completing L1."),
            "caseStudyDate", date("The day of the case study (L2); not before moduleDeadline."),
            "caseStudyDuration", duration("How long L2 took, once it has taken place; more than zero."),
            "caseStudyMode", code("How L2 took place; defaults to in-person.", ReflectionMode.class),
            "caseStudySessionId", id("The peer-reflection session in which L2 was discussed, once recorded."),
            "participants", array("The participants and their progress; participant ids are unique.", ref("ToolkitParticipant"), false)));
    object(
        ToolkitCodec.PARTICIPANT, true, "One participant's progress through a toolkit run.",
        obj(
            "participant", ref("Participant"),
            "moduleCompletedOn", date("When L1 was completed."),
            "moduleTimeSpent", duration("How long L1 took them, when recorded; more than zero."),
            "attendedCaseStudy", bool("Whether they attended L2; defaults to false."),
            "moduleReflectionEntryId", id("The CPD entry holding their reflection on L1."),
            "caseStudyReflectionEntryId", id("The CPD entry holding their reflection on L2.")));
    object(
        FrameworkCodec.FRAMEWORK, true, "A published set of professional standards that CPD entries link to.",
        obj(
            "id", id("A stable identifier, such as swe-2019."),
            "title", label("The framework's title."),
            "publisher", label("Who publishes the standards."),
            "version", label("The publisher's version or year."),
            "groups", array("The groups, in the publisher's order; codes are unique.", ref("StandardGroup"), false)));
    object(
        FrameworkCodec.GROUP, false, "A group of related standards.",
        obj(
            "code", obj("description", "The group's code; the first part of its standards' codes.", "type", "string", "pattern", "^" + Limits.STANDARD_CODE_REGEX + "$"),
            "title", label("What the group is about."),
            "standards", array("The standards, in the publisher's order; codes are unique.", ref("Standard"), false)));
    object(
        FrameworkCodec.STANDARD, false, "One numbered professional standard.",
        obj(
            "code", standardCode(),
            "label", label("The publisher's short label, where it has one."),
            "summary", label("What the standard asks.")));
  }

  private void defineReports() {
    Map<String, Object> ruleId = obj("description", "The identifier of a rule, such as registration.minimum-entries.", "type", "string", "minLength", 1);
    Map<String, Object> integer = obj("type", "integer");
    Map<String, Object> count = obj("type", "integer", "minimum", 0);
    object(
        ReportCodec.REPORT, false,
        "The result of checking one record: findings, the status of each requirement and how each rule took part. Holds no free text from the record.",
        obj(
            "packId", obj("description", "The rule pack the record was checked against, when it was one.", "type", "string"),
            "asOf", date("The day the record was checked as of."),
            "compliant", bool("Whether no finding is an error. Always written; ignored when read."),
            "outcome", code("Where the practitioner stands: compliant; not yet compliant but on track or at risk (the deadline within atRiskDays); not compliant once the deadline has passed. Always written; ignored when read.", org.cpdkit.rules.Outcome.class),
            "atRiskDays", obj("description", "The at-risk window the check was made with: not yet compliant with at most this many days left is at risk. Defaults to 30 when absent.", "type", "integer", "minimum", 0),
            "deadline", date("The deadline of the period checked, when there is one."),
            "daysLeft", obj("description", "Days from asOf to the deadline: 0 on the day, negative once it has passed. Written with deadline; ignored when read.", "type", "integer"),
            "findings", array("The findings, by location, then severity and rule id.", ref("Finding"), false),
            "requirements", array("Where the record stands against each requirement.", ref("RequirementStatus"), false),
            "entries", array("Where each entry stands, by index.", ref("EntryResult"), false),
            "rules", array("Every rule of the rule set, disabled ones included.", ref("RuleOutcome"), false)));
    object(
        ReportCodec.ENTRY_RESULT, false,
        "Where one entry stands: whether it counts, the one reason it does not, whether it counts as a peer reflection, and the time it adds to the hours counted.",
        obj(
            "index", obj("description", "The entry's index in the portfolio's entries, from 0.", "type", "integer", "minimum", 0),
            "entryId", obj("description", "The entry's id.", "type", "string"),
            "counts", bool("Whether it counts towards the period's requirements."),
            "reason", obj("description", "Why it does not count: outside-period, draft, future, incomplete, duplicate, reused or no-activity-type; absent when it counts.", "type", "string"),
            "peerReflection", bool("Whether it counts as a piece including a peer reflection."),
            "timeAdded", obj("description", "The time it adds to the hours counted, as an ISO 8601 duration; absent when the pack counts no hours.", "type", "string")));
    object(
        ReportCodec.FINDING, false,
        "One thing a rule found. Text findings carry the kind and span of what was found, never the text.",
        obj(
            "ruleId", ruleId,
            "severity", code("How much it matters; only error makes a record non-compliant.", Severity.class),
            "location", obj("description", "A JSON Pointer (RFC 6901) into the record; empty for the whole record.", "type", "string", "pattern", "^(/.*)?$"),
            "message", obj("description", "What is wrong and what to do, for a person; never quotes the record.", "type", "string"),
            "arguments", obj("description", "The figures behind the message, by name, as strings.", "type", "object", "additionalProperties", obj("type", "string")),
            "span", ref("TextSpan")));
    object(
        ReportCodec.SPAN, false,
        "Where in a text field something was found: its kind and UTF-16 offsets, end exclusive; end is not before start.",
        obj(
            "kind", obj("description", "The kind of thing found, such as EMAIL or PERSON_NAME.", "type", "string", "minLength", 1, "pattern", NOT_BLANK),
            "start", obj("description", "The UTF-16 offset of the first character.", "type", "integer", "minimum", 0),
            "end", obj("description", "The UTF-16 offset just after the last character.", "type", "integer", "minimum", 0)));
    Map<String, Object> daysLeft = obj("description", "Days from asOf to the deadline: 0 on the day, negative once it has passed.", "type", "integer");
    object(
        ReportCodec.REQUIREMENT, false,
        "Where a record stands against one requirement, in plain words a person can act on.",
        obj(
            "ruleId", ruleId,
            "order", obj("description", "Where the requirement sits in the report, lowest first.", "type", "integer"),
            "state", code("Where the record stands.", RequirementState.class),
            "required", obj("description", "What is required.", "type", "string"),
            "recorded", obj("description", "What is recorded.", "type", "string"),
            "missing", obj("description", "What is still missing; absent when nothing is.", "type", "string"),
            "target", obj("description", "The figure required, for a count (hours in minutes).", "type", "integer"),
            "achieved", obj("description", "The figure recorded, for a count (hours in minutes).", "type", "integer"),
            "deadline", date("The last day to meet the requirement."),
            "daysLeft", daysLeft,
            "line", obj("description", "The status in one line for people. Always written; ignored when read.", "type", "string")));
    object(
        ReportCodec.OUTCOME, false,
        "How one rule took part in a check.",
        obj(
            "ruleId", ruleId,
            "severity", code("The severity its findings were given.", Severity.class),
            "enabled", bool("Whether the rule ran; false when disabled."),
            "findings", obj("description", "How many findings it reported.", "type", "integer", "minimum", 0),
            "failed", bool("Whether the rule threw instead of finishing.")));
    object(
        ReportCodec.TEAM, false,
        "A team's CPD at a glance as of a day. Practitioners appear by registration number only.",
        obj(
            "packId", obj("description", "The rule pack the team was checked against.", "type", "string"),
            "asOf", date("The day of the check."),
            "atRiskDays", obj("description", "A practitioner not yet compliant is at risk when their deadline is at most this many days away.", "type", "integer", "minimum", 0),
            "counts", ref("TeamCounts"),
            "practitioners", array("Each practitioner, by registration number.", ref("PractitionerStatus"), false),
            "standardsCoverage",
                obj(
                    "description", "Standard code to how many practitioners link it in counted learning, in code order; every standard of the pack's framework is listed.",
                    "type", "object",
                    "propertyNames", obj("pattern", "^" + Limits.STANDARD_CODE_REGEX + "$"),
                    "additionalProperties", count),
            "peerReflectionParticipants", obj("description", "How many practitioners have a counted piece with a peer reflection.", "type", "integer", "minimum", 0),
            "peerReflectionEntries", obj("description", "How many counted pieces with a peer reflection the team has.", "type", "integer", "minimum", 0),
            "learningCulture", ref("LearningCulture")));
    object(
        CultureCodec.CULTURE, false,
        "The team's learning culture in figures, from sessions, toolkit runs and staff-survey results; counts only.",
        obj(
            "months", array("Sessions and attendances per team and month, by team then month.", ref("TeamMonth"), false),
            "sessions", obj("description", "Peer-reflection sessions counted.", "type", "integer", "minimum", 0),
            "attendances", obj("description", "Attendances: each person once per session, facilitators included.", "type", "integer", "minimum", 0),
            "prompts", obj("description", "Prompt id to how many sessions used it, in id order.", "type", "object", "additionalProperties", count),
            "standards", obj("description", "Standard code to how many occasions discussed it, in code order.", "type", "object",
                "propertyNames", obj("pattern", "^" + Limits.STANDARD_CODE_REGEX + "$"), "additionalProperties", count),
            "toolkitRuns", obj("description", "Toolkit runs counted.", "type", "integer", "minimum", 0),
            "moduleCompletions", obj("description", "Individual modules (L1) completed.", "type", "integer", "minimum", 0),
            "caseStudyAttendances", obj("description", "Case-study (L2) attendances.", "type", "integer", "minimum", 0),
            "peerReflectionParticipants", obj("description", "Different people who took part in a session or a case study.", "type", "integer", "minimum", 0),
            "survey", array("Staff-survey results, one per statement and team.", ref("SurveyAgreement"), false)));
    object(
        CultureCodec.MONTH, false, "The sessions one team held in one month.",
        obj(
            "team", obj("description", "The team; empty for sessions that record none.", "type", "string"),
            "month", obj("description", "The month, YYYY-MM.", "type", "string", "pattern", "^[0-9]{4}-[0-9]{2}$"),
            "sessions", count,
            "attendances", count));
    object(
        CultureCodec.AGREEMENT, false, "How many staff answered one survey statement and how many agreed.",
        obj(
            "statement", obj("description", "The statement.", "type", "string"),
            "team", obj("description", "The team, when the results were by team.", "type", "string"),
            "respondents", count,
            "agreeing", count));
    object(
        ReportCodec.COUNTS, false,
        "How many practitioners stand where. Always written; ignored when read.",
        obj(
            "compliant", count,
            "onTrack", count,
            "atRisk", count,
            "nonCompliant", count,
            "total", count));
    object(
        ReportCodec.PRACTITIONER, false,
        "One practitioner's line in a team report.",
        obj(
            "registrationNumber", obj("description", "The registration number.", "type", "string"),
            "standing", code("Where they stand.", Standing.class),
            "missing", array("The unmet requirements, each in one line.", obj("type", "string"), false),
            "errorRules", array("The ids of the rules that reported errors, sorted.", ruleId, false),
            "daysLeft", obj("description", "Days to their deadline, when their period is known.", "type", "integer"),
            "peerReflected", bool("Whether they have a counted piece with a peer reflection."),
            "entriesAwaitingSignOff", array("The ids of the counted entries awaiting the sign-off the pack asks of each piece; absent when none.", id("An entry id."), false),
            "signOffsAwaiting", array("The ids of the pack's sign-offs of the record not yet recorded in the period; absent when none.", obj("type", "string", "pattern", "^" + Limits.CODE_REGEX + "$"), false)));
  }

  /**
   * The schema of the {@code cpdkit.check/1} document: the report and team report documents
   * inline, so the file stands alone.
   */
  Map<String, Object> checkSchema() {
    Map<String, Object> defsUsed = new LinkedHashMap<>();
    Map<String, Object> docs = new LinkedHashMap<>();
    for (DocumentType<?> t : List.of(DocumentType.REPORT, DocumentType.TEAM_REPORT)) {
      Map<String, Object> s = new LinkedHashMap<>(schema(t));
      s.remove("$schema");
      s.remove("$id");
      s.remove("title");
      @SuppressWarnings("unchecked")
      Map<String, Object> d = (Map<String, Object>) s.remove("$defs");
      if (d != null) {
        defsUsed.putAll(d);
      }
      docs.put(t.javaType().getSimpleName() + "Document", s);
    }
    Map<String, Object> all = new LinkedHashMap<>(docs);
    all.put(
        "CheckedFile",
        obj(
            "description", "One checked file and its report.",
            "type", "object",
            "properties",
                obj(
                    "path", obj("description", "The file as the user named it.", "type", "string"),
                    "report", ref("ReportDocument")),
            "required", List.of("path", "report"),
            "additionalProperties", false));
    all.putAll(defsUsed);
    return obj(
        "$schema", DIALECT,
        "$id", CheckResultsWriter.schemaId(),
        "title", "cpdkit check document, format version 1",
        "description", "The results of checking several files: a report per file, then a team report when the files were checked as a team.",
        "type", "object",
        "properties",
            obj(
                "$format", obj("description", "The document's format and version.", "const", CheckResultsWriter.FORMAT),
                "reports", array("The reports, in the order the files were checked.", ref("CheckedFile"), false),
                "team", ref("TeamReportDocument")),
        "required", List.of("$format", "reports"),
        "additionalProperties", false,
        "$defs", all);
  }

  // ---- documents ---------------------------------------------------------------------------

  /** The schema of one document type, with the definitions it uses. */
  Map<String, Object> schema(DocumentType<?> type) {
    String root = type.javaType().getSimpleName();
    Map<String, Object> rootDef = defs.get(root);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) rootDef.get("properties");
    Map<String, Object> properties =
        obj("$format", type.minorVersion() == 0
            ? obj("description", "The document's format and version.", "const", type.format())
            : obj("description", "The document's format and version: " + type.format()
                + " as written, or an earlier minor version of it.", "enum", type.formatsRead()));
    properties.putAll(props);
    List<String> required = new ArrayList<>();
    required.add("$format");
    @SuppressWarnings("unchecked")
    List<String> rootRequired = (List<String>) rootDef.getOrDefault("required", List.of());
    required.addAll(rootRequired);
    Map<String, Object> s =
        obj(
            "$schema", DIALECT,
            "$id", type.schemaId(),
            "title", "cpdkit " + type.name().substring("cpdkit.".length()) + " document, format version " + type.version()
                + (type.minorVersion() > 0 ? "." + type.minorVersion() : ""),
            "description", rootDef.get("description"),
            "type", "object",
            "properties", properties,
            "required", required);
    for (Map.Entry<String, Object> e : rootDef.entrySet()) {
      if (!Set.of("description", "type", "properties", "required").contains(e.getKey())) {
        s.put(e.getKey(), e.getValue());
      }
    }
    Set<String> used = new LinkedHashSet<>();
    collectRefs(s, used);
    Map<String, Object> usedDefs = new LinkedHashMap<>();
    for (String d : defs.keySet()) {
      if (used.contains(d)) {
        usedDefs.put(d, defs.get(d));
      }
    }
    if (!usedDefs.isEmpty()) {
      s.put("$defs", usedDefs);
    }
    return s;
  }

  private void collectRefs(Object node, Set<String> used) {
    if (node instanceof Map<?, ?> m) {
      Object r = m.get("$ref");
      if (r instanceof String ref && ref.startsWith("#/$defs/")) {
        String name = ref.substring("#/$defs/".length());
        if (used.add(name)) {
          collectRefs(defs.get(name), used);
        }
      }
      for (Object v : m.values()) {
        collectRefs(v, used);
      }
    } else if (node instanceof List<?> l) {
      for (Object v : l) {
        collectRefs(v, used);
      }
    }
  }

  /** The schema as the committed file's text. */
  String schemaText(DocumentType<?> type) {
    return text(schema(type));
  }

  /** The check document's schema as the committed file's text. */
  String checkSchemaText() {
    return text(checkSchema());
  }

  private static String text(Map<String, Object> schema) {
    StringWriter w = new StringWriter();
    PrettyPrinter pretty =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    ObjectWriteContext ctx =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return pretty;
          }

          @Override
          public boolean hasPrettyPrinter() {
            return true;
          }
        };
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ctx, w)) {
      write(g, schema);
    }
    return w + "\n";
  }

  private static void write(JsonGenerator g, Object v) {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      throw new IllegalArgumentException(String.valueOf(v));
    }
  }

  static List<String> names(String... names) {
    return Arrays.asList(names);
  }
}
