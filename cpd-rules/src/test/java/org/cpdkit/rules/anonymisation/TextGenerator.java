package org.cpdkit.rules.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of reflective CPD prose with planted identifiers whose spans are known. Used by
 * the property tests here; it is meant to move to cpd-testing.
 */
final class TextGenerator {
    record Planted(IdentifierKind kind, int start, int end) {
    }

    record Text(String text, List<Planted> planted) {
    }

    private static final String[] GIVEN = {"Tyler", "Kasia", "Amir", "Priya", "Jayden", "Chloe", "Oluwaseun",
        "Bartosz", "Aisha", "Callum", "Siobhan", "Mohammed", "Leah", "Kofi", "Demi", "Harvey"};
    private static final String[] SURNAMES = {"Nowak", "Patel", "Okafor", "Hussain", "McDonald", "O'Neill",
        "Smith-Jones", "Kowalski", "Begum", "Campbell"};
    private static final String[] PROSE = {
        "I reflected on how the visit went and what I would do differently next time.",
        "Using Gibbs' reflective cycle helped me think about my feelings.",
        "My supervisor challenged me to slow down and listen.",
        "This links to Standard 4.5 and to the Children Act guidance.",
        "There is hope here, and the will to change is real.",
        "As Munro (2011) argued, we must look at the system as well as the worker.",
        "The meeting lasted 1.5 hours and covered section 47 concerns.",
        "Child A was calm and Mr X did not attend.",
        "I read the CAMHS letter twice before the strategy discussion in March."};

    private final Random random;
    private final StringBuilder b = new StringBuilder();
    private final List<Planted> planted = new ArrayList<>();

    private TextGenerator(long seed) {
        this.random = new Random(seed);
    }

    static Text generate(long seed) {
        TextGenerator g = new TextGenerator(seed);
        int sentences = 4 + g.random.nextInt(10);
        for (int i = 0; i < sentences; i++) {
            g.sentence();
            g.b.append(g.random.nextInt(4) == 0 ? "\n\n" : " ");
        }
        return new Text(g.b.toString(), List.copyOf(g.planted));
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private void plant(IdentifierKind kind, String s) {
        int start = b.length();
        b.append(s);
        planted.add(new Planted(kind, start, b.length()));
    }

    private String digits(int n) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n; i++) {
            d.append((char) ('0' + random.nextInt(10)));
        }
        return d.toString();
    }

    private void sentence() {
        switch (random.nextInt(12)) {
            case 0 -> {
                plant(IdentifierKind.PERSON_NAME, pick(GIVEN));
                b.append(" said the house felt calmer this week.");
            }
            case 1 -> {
                b.append("I met Mrs ");
                plant(IdentifierKind.PERSON_NAME, pick(SURNAMES));
                b.append(" at the school gate.");
            }
            case 2 -> {
                b.append("Her mobile is ");
                plant(IdentifierKind.PHONE, "07700 " + digits(6));
                b.append(".");
            }
            case 3 -> {
                b.append("You can email ");
                plant(IdentifierKind.EMAIL, pick(GIVEN).toLowerCase() + "." + digits(2) + "@example.org");
                b.append(" for the notes.");
            }
            case 4 -> {
                b.append("They moved to ");
                plant(IdentifierKind.STREET_ADDRESS, (1 + random.nextInt(200)) + " Elm Road");
                b.append(", ");
                plant(IdentifierKind.POSTCODE, "M" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + "AE");
                b.append(".");
            }
            case 5 -> {
                b.append("The Mosaic number ");
                plant(IdentifierKind.CASE_REFERENCE, "88" + digits(5));
                b.append(" holds the plan.");
            }
            case 6 -> {
                b.append("I spoke to ");
                plant(IdentifierKind.PERSON_NAME, pick(GIVEN));
                b.append("'s mum, ");
                plant(IdentifierKind.PERSON_NAME, pick(GIVEN));
                b.append(", on the phone.");
            }
            case 7 -> {
                b.append("He was born ");
                plant(IdentifierKind.DATE_OF_BIRTH, (1 + random.nextInt(28)) + "/0" + (1 + random.nextInt(9)) + "/2015");
                b.append(".");
            }
            case 8 -> {
                b.append("She posts as ");
                plant(IdentifierKind.SOCIAL_HANDLE, "@" + pick(GIVEN).toLowerCase() + "_" + digits(4));
                b.append(" most nights.");
            }
            default -> b.append(pick(PROSE));
        }
    }
}
