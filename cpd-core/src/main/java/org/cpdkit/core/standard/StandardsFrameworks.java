package org.cpdkit.core.standard;

import java.util.List;
import java.util.Optional;

/**
 * The standards frameworks built into cpdkit. Summaries are in cpdkit's own words, never the
 * publisher's text; the codes and the grouping follow the publisher.
 */
public final class StandardsFrameworks {

  /** Identifier of Social Work England's professional standards (2019). */
  public static final String SOCIAL_WORK_ENGLAND_2019_ID = "swe-2019";

  private static final StandardsFramework SOCIAL_WORK_ENGLAND_2019 = buildSocialWorkEngland2019();

  private StandardsFrameworks() {}

  /**
   * Social Work England's professional standards (published July 2019, in force since 2 December
   * 2019): six groups, 50 numbered standards. Group 4 is the CPD standard.
   */
  public static StandardsFramework socialWorkEngland2019() {
    return SOCIAL_WORK_ENGLAND_2019;
  }

  /** Every built-in framework. */
  public static List<StandardsFramework> builtIn() {
    return List.of(SOCIAL_WORK_ENGLAND_2019);
  }

  /** The built-in framework with this identifier, if there is one. */
  public static Optional<StandardsFramework> byId(String id) {
    return builtIn().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  private static StandardsFramework buildSocialWorkEngland2019() {
    return StandardsFramework.builder()
        .id(SOCIAL_WORK_ENGLAND_2019_ID)
        .title("Professional standards")
        .publisher("Social Work England")
        .version("2019")
        .addGroup(
            group(
                "1",
                "Promote the rights, strengths and wellbeing of people, families and communities",
                "1.1", "See each person as an individual and build on their strengths and abilities.",
                "1.2", "Uphold people's human rights, views and wishes, weigh rights against risks, and help them reach advice, advocacy and services.",
                "1.3", "Work alongside people as the experts in their own lives to improve their wellbeing and outcomes.",
                "1.4", "Recognise what families and communities bring and work with people to draw on those networks.",
                "1.5", "Understand the differences between communities and challenge disadvantage and discrimination.",
                "1.6", "Work for social justice and help tackle inequality and exclusion.",
                "1.7", "Use my power and authority with care, so that what I do is necessary, least intrusive, proportionate and in the person's best interests."))
        .addGroup(
            group(
                "2",
                "Establish and maintain the trust and confidence of people",
                "2.1", "Be honest, open, dependable and fair.",
                "2.2", "Protect people's dignity and privacy.",
                "2.3", "Keep relationships professional and make sure people understand what a social worker's role in their life is.",
                "2.4", "Show empathy, persistence, authority and confidence, and help people take a full part in the discussions and decisions that affect them.",
                "2.5", "Listen actively and use communication that suits each person in order to build relationships.",
                "2.6", "Handle information about people carefully and respectfully, keeping it confidential and sharing it only where the law allows or requires.",
                "2.7", "Spot where conflicts of interest could arise, declare them early and deal with them properly."))
        .addGroup(
            group(
                "3",
                "Be accountable for the quality of my practice and the decisions I make",
                "3.1", "Work within the law and ethical frameworks, using professional authority and judgement appropriately.",
                "3.2", "Draw on a range of sources, supervision included, for assessment, risk analysis and decisions.",
                "3.3", "Apply knowledge and skills to the needs that come from ill health, disability, substance misuse, abuse or neglect, and similar causes.",
                "3.4", "Recognise the signs of abuse and neglect in their different forms and what they do to people and their networks.",
                "3.5", "Keep more than one explanation in mind and let evidence shape my decisions.",
                "3.6", "Work with colleagues in my own and other professions, especially in integrated teams, while keeping my social work identity.",
                "3.7", "Notice bias in decision making and work through ethical dilemmas, conflicting information and differing professional views.",
                "3.8", "Be clear who is accountable for delegated work and carry that responsibility when it is mine.",
                "3.9", "Make sure the right colleagues and agencies know about identified risks and about the results and consequences of my assessments and decisions.",
                "3.10", "Keep my digital and communication skills up to date and adapt to new ways of working.",
                "3.11", "Keep records clear, accurate, legible and current, showing how I reached my decisions.",
                "3.12", "Use assessment skills to act quickly in dangerous situations and take whatever protective action is needed.",
                "3.13", "Where my role includes it, provide or support the supervision and development of others.",
                "3.14", "Consider how culture, social context, loss, change and uncertainty affect people and their resilience.",
                "3.15", "Recognise resistance to change and ambivalent or selective engagement with services, and escalate when needed."))
        .addGroup(
            standardGroup4())
        .addGroup(
            group(
                "5",
                "Act safely, respectfully and with professional integrity",
                "5.1", "Never abuse, neglect, discriminate against, exploit or harm anyone, nor accept it when others do.",
                "5.2", "Never behave, at work or outside it, in a way that calls into question my suitability to be a social worker.",
                "5.3", "Never act dishonestly, falsify records or accept that others do.",
                "5.4", "Never ask for, accept or offer gifts, money or favours that could affect, or look as if they affect, my judgement.",
                "5.5", "Never use technology, social media or other electronic communication unlawfully, unethically or so as to bring the profession into disrepute.",
                "5.6", "Never use my professional position for personal gain or to exploit people."))
        .addGroup(
            group(
                "6",
                "Promote ethical practice and report concerns",
                "6.1", "Report allegations of harm, and challenge and report exploitation and dangerous, abusive or discriminatory behaviour or practice.",
                "6.2", "Reflect on my working environment and challenge practices, systems and processes where needed to uphold the standards.",
                "6.3", "Tell people of their right to complain, support them to do so, and record and act on concerns raised with me.",
                "6.4", "Act when a professional's practice may be impaired.",
                "6.5", "Raise concerns about wrongdoing in organisations and about cultures of unsafe or inappropriate practice.",
                "6.6", "Tell my employer and the regulator about anything that may affect my ability to practise competently, including criminal proceedings or regulatory findings anywhere.",
                "6.7", "Cooperate with investigations into my own or others' fitness to practise."))
        .build();
  }

  private static StandardGroup standardGroup4() {
    return StandardGroup.builder()
        .code("4")
        .title("Maintain my continuing professional development")
        .addStandard(labelled("4.1", "Feedback", "Learn from feedback from many sources, including people with lived experience of my practice."))
        .addStandard(labelled("4.2", "Supervision", "Use supervision and feedback to reflect critically and find my learning needs, including how I use research."))
        .addStandard(labelled("4.3", "Research, theories and frameworks", "Keep my practice current and record how research, theory and frameworks shape my judgement."))
        .addStandard(labelled("4.4", "Subject knowledge and current issues", "Know my field and the social and policy issues that affect social work."))
        .addStandard(labelled("4.5", "Open and creative learning culture", "Help build a workplace where we discuss, reflect on and share best practice."))
        .addStandard(labelled("4.6", "Reflection", "Reflect on my learning and show its impact on the quality of my practice."))
        .addStandard(labelled("4.7", "Recording your learning", "Record my learning and reflection regularly, following the regulator's guidance."))
        .addStandard(labelled("4.8", "Values and ethics", "Reflect on my own values and challenge their impact on my practice."))
        .build();
  }

  private static Standard labelled(String code, String label, String summary) {
    return Standard.builder().code(StandardCode.of(code)).label(label).summary(summary).build();
  }

  private static StandardGroup group(String code, String title, String... codeAndSummary) {
    StandardGroup.Builder b = StandardGroup.builder().code(code).title(title);
    for (int i = 0; i < codeAndSummary.length; i += 2) {
      b.addStandard(Standard.of(codeAndSummary[i], codeAndSummary[i + 1]));
    }
    return b.build();
  }
}
