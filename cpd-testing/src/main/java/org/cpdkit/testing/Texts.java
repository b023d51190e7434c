package org.cpdkit.testing;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fictional, anonymised phrases about social work practice from which generated titles,
 * reflections, notes and labels are assembled. Nothing here names or locates a person: people are
 * referred to by role or as "the family", "a young person" and so on, and there are no digits that
 * could read as a phone, case or health number.
 */
final class Texts {
  private Texts() {}

  static final List<String> PEER_ROLES =
      List.of(
          "team manager",
          "health visitor",
          "senior social worker",
          "social worker",
          "advanced practitioner",
          "practice educator",
          "principal social worker",
          "school nurse",
          "teacher",
          "police officer",
          "family support worker",
          "independent reviewing officer",
          "occupational therapist",
          "mental health nurse",
          "approved mental health professional",
          "student social worker",
          "newly qualified social worker",
          "workforce development lead",
          "youth worker",
          "housing officer");

  static final List<String> FACILITATOR_ROLES =
      List.of("team manager", "advanced practitioner", "workforce development lead", "practice educator");

  static final List<String> TOPICS =
      List.of(
          "trauma-informed practice",
          "working with neglect",
          "strengths-based assessment",
          "working with fathers",
          "contextual safeguarding",
          "domestic abuse and coercive control",
          "mental capacity assessments",
          "transitions to adult services",
          "direct work with children",
          "recording that families can read",
          "anti-racist practice",
          "working with interpreters",
          "restorative supervision",
          "professional curiosity",
          "hoarding and self-neglect",
          "care leavers and housing",
          "relationship-based practice",
          "parental substance misuse",
          "risk and resilience in adolescence",
          "kinship care assessments");

  static final List<String> TITLE_FORMS =
      List.of(
          "Course on %s",
          "Reading on %s",
          "Workshop: %s",
          "Team reflection on %s",
          "Group supervision: %s",
          "E-learning module: %s",
          "Shadowing a colleague: %s",
          "Practice learning circle on %s",
          "Briefing I presented on %s",
          "Webinar on %s");

  private static final List<String> CONTEXT =
      List.of(
          "I attended a day of training on %s with colleagues from across the service.",
          "I read a practice guide on %s after a difficult home visit left me unsure of my approach.",
          "Our team spent a group supervision session discussing %s.",
          "I completed an online module on %s over two lunchtimes.",
          "I shadowed a senior colleague whose work on %s is well regarded in the team.",
          "After a review meeting I wanted to understand %s better.",
          "I prepared and led a short briefing for the team on %s.",
          "A practice learning circle gave us time to look at what works well in %s.",
          "I joined a webinar on %s run by a regional practice network.",
          "Supervision this month focused on %s and how it shapes my assessments.");

  private static final List<String> LEARNING =
      List.of(
          "I learned to slow down and ask open questions before forming a view.",
          "The session made me think again about how power sits in my relationships with families.",
          "I understood better how early experiences of harm can shape behaviour years later.",
          "It reminded me that a parent's silence in a meeting is not the same as agreement.",
          "I saw how much clearer my analysis becomes when I hold more than one explanation in mind.",
          "I learned practical ways to check that a young person has understood a plan.",
          "Hearing how other professions weigh risk helped me notice my own assumptions.",
          "I learned that recording written to the person, not about them, changes the tone of the work.",
          "The research showed that consistent relationships matter more than the number of visits.",
          "I realised that I had been describing incidents rather than their impact on the child.",
          "I understood the legal thresholds more clearly and where my judgement comes in.",
          "I learned to name my own values when they pull against what a family wants.");

  private static final List<String> IMPACT =
      List.of(
          "Since then I plan visits with the family's routine in mind and the conversations feel less guarded.",
          "I now write my assessments so that the family can follow how I reached each conclusion.",
          "I have started to ask the young people I work with what they want me to write down.",
          "In my next case conference I separated what we know from what we are worried about, and partners said it helped.",
          "I check with carers how they would like to be contacted rather than assuming.",
          "My supervision notes now record the alternative explanations I considered.",
          "I feel more confident challenging drift in plans and escalating when nothing changes.",
          "I share short summaries with colleagues so that learning from the case reaches the whole team.",
          "I have changed how I open difficult conversations, starting from what is going well.",
          "The family told me they felt listened to, which made it easier to agree next steps.",
          "I now make time after visits to reflect on how the work is affecting me.",
          "I am more careful to explain my role and what will happen with the information I record.");

  private static final List<String> NEXT =
      List.of(
          "I want to read more on this and bring it back to team meetings.",
          "Next I will ask for feedback from the people I support on whether this has made a difference.",
          "I have agreed with my manager to revisit this in supervision in three months.",
          "I would like to shadow a colleague in another team to compare approaches.",
          "I plan to use this with a student I am supporting on placement.",
          "I will keep a short reflective log to notice whether my practice is really changing.");

  private static final List<String> PEER_LEARNING =
      List.of(
          "A colleague described how they handle the same situation, which gave me another option to try.",
          "The discussion showed me that my worry was shared, and we agreed a common approach as a team.",
          "A health visitor explained what they notice on home visits that I had not considered.",
          "My manager challenged me to be clearer about the evidence behind my judgement.",
          "Talking it through helped me separate my own feelings about the case from the analysis.",
          "Peers suggested questions I could ask to understand the family's strengths.",
          "We compared how each of our services records risk and found useful differences.",
          "Hearing a newly qualified colleague's view reminded me how I used to approach this work.");

  static final List<String> EVIDENCE =
      List.of(
          "Certificate of attendance",
          "Reflective notes from supervision",
          "Slides from the briefing",
          "Completion record for the online module",
          "Reading notes",
          "Summary shared with the team",
          "Feedback form from the session");

  static final List<String> THEMES = TOPICS;

  static String pick(RandomGenerator random, List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  static String title(RandomGenerator random) {
    return String.format(pick(random, TITLE_FORMS), pick(random, TOPICS));
  }

  /** A short label that reads as a sentence-case title, such as a toolkit or session title. */
  static String label(RandomGenerator random) {
    String t = pick(random, TOPICS);
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  /** What was done: one or two context sentences. */
  static String whatIDid(RandomGenerator random) {
    return paragraph(random, 1, 2, CONTEXT, LEARNING);
  }

  /** What was learned: two to five sentences. */
  static String whatILearned(RandomGenerator random) {
    return paragraph(random, 2, 5, LEARNING, LEARNING);
  }

  /** The impact on practice: three to eight sentences, a realistic reflection. */
  static String impact(RandomGenerator random) {
    return paragraph(random, 3, 8, IMPACT, NEXT);
  }

  /** What was learned from peers: one to three sentences. */
  static String peerLearning(RandomGenerator random) {
    return paragraph(random, 1, 3, PEER_LEARNING, LEARNING);
  }

  /** Free text of any kind: one to six sentences drawn from every list. */
  static String any(RandomGenerator random) {
    List<List<String>> all = List.of(LEARNING, IMPACT, NEXT, PEER_LEARNING);
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(1, 7);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(sentence(random, all.get(random.nextInt(all.size()))));
    }
    return sb.toString();
  }

  private static String paragraph(
      RandomGenerator random, int min, int max, List<String> first, List<String> rest) {
    int n = random.nextInt(min, max + 1);
    StringBuilder sb = new StringBuilder(sentence(random, first));
    for (int i = 1; i < n; i++) {
      sb.append(' ').append(sentence(random, rest));
    }
    return sb.toString();
  }

  private static String sentence(RandomGenerator random, List<String> list) {
    String s = pick(random, list);
    return s.contains("%s") ? String.format(s, pick(random, TOPICS)) : s;
  }
}
