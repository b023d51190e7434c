package org.cpdkit.bench;

import java.util.Random;

/**
 * Generates reproducible reflective CPD prose from a seed, with identifiers sprinkled at a rate
 * like that of un-anonymised reflections (about one every 40 words), and the hostile inputs.
 */
public final class ProseGenerator {
  private static final String[] SENTENCES = {
    "I reflected on how the home visit went and what I would do differently next time.",
    "Using Gibbs' reflective cycle helped me separate my feelings from my evaluation of the visit.",
    "My supervisor challenged me to slow down, to listen, and to check my assumptions about the"
        + " family.",
    "This evidences Standard 4.5 and draws on the Children Act 1989 guidance on the child's voice.",
    "There is hope here, and the will to change is real, but the plan must be realistic.",
    "As Munro (2011) argued, we must look at the system as well as at the individual worker.",
    "The strategy discussion lasted 1.5 hours and covered the section 47 threshold in detail.",
    "Child A was calm during the session, while Mr X did not attend the review in March.",
    "I read the CAMHS letter twice before the meeting with the IRO and the school nurse.",
    "Afterwards I wrote up the case notes and agreed the next steps with my manager.",
    "Peer reflection with colleagues in the practice learning circle gave me a different view.",
  };
  private static final String[] IDENTIFIERS = {
    "Tyler said the house felt calmer this week.",
    "I met Mrs Patel at the school gate on Tuesday.",
    "Her mobile is 07700 900123 and her email is j.smith@example.org.",
    "They moved to 14 Elm Road, M1 1AE, in the spring.",
    "The Mosaic number 884213 holds the current plan.",
    "I spoke to Kasia Nowak's partner, Dean, on the phone.",
    "He was born 14/03/2015 and his NHS number is 943 476 5919.",
    "She posts as @jess_m_1998 and her NI number is AB123456D.",
    "The post at https://www.example.com/mum-diary/2024 worried the school.",
  };

  private ProseGenerator() {}

  /** Realistic prose of at least the given length in characters. */
  public static String prose(long seed, int chars) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(chars + 200);
    while (b.length() < chars) {
      if (r.nextInt(5) == 0) {
        b.append(IDENTIFIERS[r.nextInt(IDENTIFIERS.length)]);
      } else {
        b.append(SENTENCES[r.nextInt(SENTENCES.length)]);
      }
      b.append(r.nextInt(6) == 0 ? "\n\n" : " ");
    }
    return b.toString();
  }

  /** Hostile input: a string of the given length built by repeating a unit. */
  public static String repeat(String unit, int chars) {
    StringBuilder b = new StringBuilder(chars + unit.length());
    while (b.length() < chars) {
      b.append(unit);
    }
    return b.toString();
  }

  /** Hostile input: random digits and spaces. */
  public static String digits(long seed, int chars) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(chars);
    while (b.length() < chars) {
      b.append((char) ('0' + r.nextInt(10)));
      if (r.nextInt(4) == 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  /** Hostile input: capitalised given names and surnames without other words. */
  public static String capitalisedWords(long seed, int chars) {
    String[] words = {
      "Tyler", "Kasia", "Nowak", "Patel", "Grace", "Amir", "Smith-Jones", "O'Neill", "Munro", "Mr"
    };
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(chars + 16);
    while (b.length() < chars) {
      b.append(words[r.nextInt(words.length)]).append(' ');
    }
    return b.toString();
  }
}
