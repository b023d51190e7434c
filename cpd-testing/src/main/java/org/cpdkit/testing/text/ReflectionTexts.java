package org.cpdkit.testing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.cpdkit.anonymise.IdentifierKind;
import org.cpdkit.testing.Gen;

/**
 * Seeded generators of first-person CPD reflections like those a UK social worker writes, with
 * identifiers planted at known spans: names of many origins (in possessive and lower-case forms
 * too), e-mail addresses, phone numbers, postcodes, street addresses, dates of birth, NHS and
 * National Insurance numbers, case references, links and social media handles. Between them the
 * texts are anonymised practice writing full of things that must not be flagged: organisations,
 * laws and sections, standards, citations, models, months, anonymised forms ({@code Child A},
 * {@code Mr X}). All values are fictional; phone numbers use Ofcom's drama ranges and addresses the
 * {@code example.org} domains.
 */
public final class ReflectionTexts {

  private ReflectionTexts() {}

  /**
   * Texts of 3 to 14 sentences, about half of them carrying one or two planted identifiers.
   *
   * @return a generator of texts with their planted spans
   */
  public static Gen<PlantedText> withIdentifiers() {
    return random -> {
      Writer w = new Writer(random);
      int sentences = 3 + random.nextInt(12);
      for (int i = 0; i < sentences; i++) {
        if (random.nextBoolean()) {
          w.identifierSentence();
        } else {
          w.b.append(pick(random, LOOK_ALIKES));
        }
        w.b.append(random.nextInt(4) == 0 ? "\n\n" : " ");
      }
      return new PlantedText(w.b.toString(), w.spans);
    };
  }

  /**
   * Anonymised texts of 3 to 14 sentences: no identifier at all, but many look-alikes.
   *
   * @return a generator of texts in which a scanner should find nothing
   */
  public static Gen<String> anonymised() {
    return random -> {
      StringBuilder b = new StringBuilder();
      int sentences = 3 + random.nextInt(12);
      for (int i = 0; i < sentences; i++) {
        b.append(pick(random, LOOK_ALIKES)).append(random.nextInt(4) == 0 ? "\n\n" : " ");
      }
      return b.toString();
    };
  }

  // given name, surname: British, Irish, Welsh, Scottish, South Asian, Polish, Romanian,
  // Lithuanian,
  // Nigerian, Ghanaian, Somali, Eritrean, Arabic, Turkish, Kurdish, Chinese, Vietnamese, Caribbean,
  // Portuguese, Roma and Traveller families
  private static final String[][] PEOPLE = {
    {"Tyler", "Hughes"}, {"Chloe", "Bennett"}, {"Callum", "Fraser"}, {"Siobhan", "O'Neill"},
    {"Rhys", "Pritchard"}, {"Megan", "Llewellyn"}, {"Priya", "Patel"}, {"Amir", "Hussain"},
    {"Aisha", "Begum"}, {"Harpreet", "Kaur"}, {"Imran", "Chaudhry"}, {"Kasia", "Nowak"},
    {"Bartosz", "Kowalski"}, {"Andrei", "Popescu"}, {"Ioana", "Dumitru"}, {"Tomas", "Kazlauskas"},
    {"Oluwaseun", "Adeyemi"}, {"Chiamaka", "Okafor"}, {"Kofi", "Mensah"}, {"Ama", "Owusu"},
    {"Abdi", "Warsame"}, {"Hodan", "Farah"}, {"Yonas", "Tesfaye"}, {"Omar", "Haddad"},
    {"Layla", "Hassan"}, {"Emre", "Yilmaz"}, {"Zana", "Ahmadi"}, {"Mei", "Chen"},
    {"Wei", "Zhang"}, {"Linh", "Nguyen"}, {"Jermaine", "Campbell"}, {"Shanice", "Thompson"},
    {"Joao", "Ferreira"}, {"Mirela", "Lakatos"}, {"Johnny", "McDonagh"}, {"Demi", "Smith-Jones"},
    {"Jayden", "Walker"}, {"Leah", "Robinson"}, {"Harvey", "Clarke"}, {"Mohammed", "Rahman"}
  };

  // frequent given names for the lower-case forms a hurried note has ("spoke to jordan")
  private static final String[] LOWER_CASE_GIVEN = {
    "jordan", "kyle", "shannon", "callum", "tyler", "bradley", "chantelle", "liam"
  };

  private static final String[] ROLES = {
    "mum", "dad", "partner", "son", "daughter", "brother", "sister", "grandson", "foster carer"
  };

  private static final String[] LOOK_ALIKES = {
    "I reflected on how the visit went and what I would do differently next time.",
    "Using Gibbs' reflective cycle helped me slow down and notice my own feelings.",
    "My supervisor challenged me to listen before I planned.",
    "This links to Standard 4.5 and to the duties in the Children Act 1989.",
    "There is hope here, and the will to change is real.",
    "As Munro (2011) argued, we must look at the system as well as the worker.",
    "The meeting lasted 1.5 hours and covered the section 47 concerns.",
    "Child A was calm and Mr X did not attend.",
    "I read the CAMHS letter twice before the strategy discussion in March.",
    "Ferguson and Smith (2019) describe the same pull towards the office.",
    "Kent County Council runs a duty line every Monday and Friday.",
    "Social Work England asks for reflection on practice, not a diary.",
    "The Care Act 2014 and the Mental Health Act 1983 both applied.",
    "Young Person K told me that school felt safer since September.",
    "We used Signs of Safety mapping with the family, as Turnell and Edwards (1999) set out.",
    "Research in Practice has a useful briefing on neglect.",
    "The Family Court hearing was listed for three days in June.",
    "I booked 90 minutes with my practice educator for the following week.",
    "The guidance on the NSPCC website helped me plan the conversation.",
    "Her grace under pressure struck me, and I said so in supervision."
  };

  private static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Builds one text, recording each planted span. */
  private static final class Writer {
    private final RandomGenerator random;
    private final StringBuilder b = new StringBuilder();
    private final List<PlantedSpan> spans = new ArrayList<>();

    Writer(RandomGenerator random) {
      this.random = random;
    }

    private void plant(IdentifierKind kind, String value) {
      int start = b.length();
      b.append(value);
      spans.add(new PlantedSpan(kind, start, b.length()));
    }

    private String digits(int n) {
      StringBuilder d = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        d.append((char) ('0' + random.nextInt(10)));
      }
      return d.toString();
    }

    private String[] person() {
      return pick(random, PEOPLE);
    }

    void identifierSentence() {
      switch (random.nextInt(24)) {
        case 0 -> {
          String[] p = person();
          b.append("I met ");
          // a person's title is part of the name's span
          plant(IdentifierKind.PERSON_NAME, pick(random, new String[] {"Mrs ", "Mr ", "Ms "}) + p[1]);
          b.append(" at the school gate.");
        }
        case 1 -> {
          b.append("Her ").append(pick(random, ROLES)).append(' ');
          plant(IdentifierKind.PERSON_NAME, person()[0]);
          b.append(" was waiting in the kitchen.");
        }
        case 2 -> {
          plant(IdentifierKind.PERSON_NAME, person()[0]);
          b.append("'s ").append(pick(random, ROLES)).append(" rang the duty line on Monday.");
        }
        case 3 -> {
          String[] p = person();
          plant(IdentifierKind.PERSON_NAME, p[0] + " " + p[1]);
          b.append(" (").append(3 + random.nextInt(14)).append(") said that home felt calmer.");
        }
        case 4 -> {
          b.append("I spoke to ");
          plant(IdentifierKind.PERSON_NAME, pick(random, LOWER_CASE_GIVEN));
          b.append(" again on the phone.");
        }
        case 5 -> {
          b.append("Nan ");
          plant(IdentifierKind.PERSON_NAME, person()[0]);
          b.append(" has looked after the children since the spring.");
        }
        case 6 -> {
          b.append("Her mobile is ");
          plant(IdentifierKind.PHONE, phone());
          b.append('.');
        }
        case 7 -> {
          b.append("You can email ");
          String[] p = person();
          plant(IdentifierKind.EMAIL, ascii(p[0]) + "." + ascii(p[1]) + digits(2) + "@example.org");
          b.append(" for the notes.");
        }
        case 8 -> {
          b.append("They moved to ");
          plant(IdentifierKind.STREET_ADDRESS, street());
          b.append(", ");
          plant(IdentifierKind.POSTCODE, postcode());
          b.append(" in the autumn.");
        }
        case 9 -> {
          b.append(
              pick(
                  random, new String[] {"The Mosaic number ", "LCS ref: ", "The case number is "}));
          plant(
              IdentifierKind.CASE_REFERENCE, random.nextBoolean() ? digits(7) : "CR-" + digits(6));
          b.append(" holds the plan.");
        }
        case 10 -> {
          b.append(
              pick(random, new String[] {"He was born on ", "DOB ", "Date of birth: ", "b. "}));
          plant(IdentifierKind.DATE_OF_BIRTH, date());
          b.append('.');
        }
        case 11 -> {
          b.append("She posts as ");
          plant(IdentifierKind.SOCIAL_HANDLE, "@" + ascii(person()[0]) + "_" + digits(3));
          b.append(" most nights.");
        }
        case 12 -> {
          b.append("Her NHS number is ");
          plant(IdentifierKind.NHS_NUMBER, nhs());
          b.append(" on the referral.");
        }
        case 13 -> {
          b.append("His NI number, ");
          plant(IdentifierKind.NI_NUMBER, ni());
          b.append(", was on the benefits letter.");
        }
        case 14 -> {
          b.append("Her page is at ");
          plant(IdentifierKind.URL, "https://www.example.org/" + ascii(person()[0]) + digits(2));
          b.append(" and the family shares it.");
        }
        case 15 -> {
          String[] p = person();
          b.append("The child, ");
          plant(IdentifierKind.PERSON_NAME, p[0]);
          b.append(", aged ").append(2 + random.nextInt(15)).append(", ");
          b.append("lives with her ").append(pick(random, ROLES)).append('.');
        }
        case 16 -> {
          String[] p = person();
          b.append("I asked ");
          plant(IdentifierKind.PERSON_NAME, pick(random, new String[] {"Mr ", "Mrs "}) + p[0] + " " + p[1]);
          b.append(" what a good week would look like.");
        }
        case 17 -> {
          b.append("Everyone calls him ");
          plant(IdentifierKind.PERSON_NAME, person()[0]);
          b.append(" at the youth club.");
        }
        default -> b.append(pick(random, LOOK_ALIKES));
      }
    }

    private String phone() {
      return switch (random.nextInt(4)) {
        case 0 -> "07700 900" + digits(3);
        case 1 -> "0161 496 0" + digits(3);
        case 2 -> "020 7946 0" + digits(3);
        default -> "+44 7700 900" + digits(3);
      };
    }

    private String street() {
      String[] names = {
        "Elm", "Mill", "Station", "Church", "Victoria", "Albert", "Canal", "Hollins"
      };
      String[] types = {"Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Grove"};
      return (1 + random.nextInt(240)) + " " + pick(random, names) + " " + pick(random, types);
    }

    private String postcode() {
      String[] areas = {"M", "LS", "B", "BS", "CF", "SA", "NE", "L", "G", "EH", "BD", "OL"};
      String inwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
      return pick(random, areas)
          + (1 + random.nextInt(20))
          + " "
          + random.nextInt(10)
          + inwardLetters.charAt(random.nextInt(inwardLetters.length()))
          + inwardLetters.charAt(random.nextInt(inwardLetters.length()));
    }

    private String date() {
      int day = 1 + random.nextInt(28);
      int month = 1 + random.nextInt(12);
      int year = 2004 + random.nextInt(20);
      String[] months = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
      };
      return switch (random.nextInt(3)) {
        case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d", day, month, year);
        case 1 -> day + " " + months[month - 1] + " " + year;
        default -> String.format(Locale.ROOT, "%d.%d.%02d", day, month, year % 100);
      };
    }

    private String nhs() {
      while (true) {
        int[] d = new int[10];
        int sum = 0;
        for (int i = 0; i < 9; i++) {
          d[i] = random.nextInt(10);
          sum += d[i] * (10 - i);
        }
        int check = 11 - sum % 11;
        check = check == 11 ? 0 : check;
        if (check == 10 || d[0] == 0) {
          continue;
        }
        d[9] = check;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
          s.append(d[i]);
          if (i == 2 || i == 5) {
            s.append(' ');
          }
        }
        return s.toString();
      }
    }

    private String ni() {
      String first = "ABCEGHJKLMNOPRSTWXY";
      String second = "ABCEGHJKLMNPRSTWXYZ";
      while (true) {
        String prefix =
            ""
                + first.charAt(random.nextInt(first.length()))
                + second.charAt(random.nextInt(second.length()));
        if (List.of("BG", "GB", "KN", "NK", "NT", "TN").contains(prefix)) {
          continue;
        }
        return prefix
            + " "
            + digits(2)
            + " "
            + digits(2)
            + " "
            + digits(2)
            + " "
            + "ABCD".charAt(random.nextInt(4));
      }
    }

    private static String ascii(String name) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
  }
}
