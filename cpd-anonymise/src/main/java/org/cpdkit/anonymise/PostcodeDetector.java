package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

import java.util.Locale;
import java.util.Set;

/**
 * Finds UK postcodes ({@code M1 1AE}, {@code SW1A1AA}, {@code ls6 2ab}): a real postcode area, an
 * outward code of the allowed shapes and an inward code of a digit and two letters outside {@code
 * CIKMOV}, all in one case. A lower-case "inward code" that is an ordinal ({@code w1 3rd}) is not
 * one.
 */
final class PostcodeDetector extends KindDetector {
  private static final Set<String> POSTCODE_AREAS =
      Set.of(
          ("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN"
               + " DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA"
               + " KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL"
               + " PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS"
               + " TW UB W WA WC WD WF WN WR WS WV YO ZE")
              .split(" "));

  PostcodeDetector() {
    super(IdentifierKind.POSTCODE);
  }

  /**
   * Whether a postcode starts at offset p; when {@code claim} is set, claims it.
   *
   * @param claim false to test only (an address before a postcode)
   */
  boolean at(StructuredPass pass, int p, boolean claim) {
    char[] c = pass.c;
    int n = pass.n;
    // the outward code: the alphanumeric run starting at p
    int r = p;
    while (r < n && (isLetter(c[r]) || isDigit(c[r])) && c[r] < 128) {
      r++;
    }
    int outEnd;
    int inStart;
    int inEnd;
    if (r - p >= 2 && r - p <= 4 && r < n && c[r] == ' ') {
      outEnd = r;
      inStart = r + 1;
      inEnd = inStart;
      while (inEnd < n && (isLetter(c[inEnd]) || isDigit(c[inEnd]))) {
        inEnd++;
      }
      if (inEnd - inStart != 3) {
        return false;
      }
    } else if (r - p >= 5 && r - p <= 7) {
      outEnd = r - 3;
      inStart = outEnd;
      inEnd = r;
    } else {
      return false;
    }
    boolean allUpper = true;
    boolean allLower = true;
    for (int i = p; i < inEnd; i++) {
      if (isLetter(c[i])) {
        allUpper &= Character.isUpperCase(c[i]);
        allLower &= Character.isLowerCase(c[i]);
      }
    }
    if (!allUpper && !allLower) {
      return false;
    }
    if (!inwardValid(pass, inStart)) {
      return false;
    }
    if (!outwardValid(c, p, outEnd, true)) {
      // KD4 7RW after "Kestondale": an area no list holds (a new one, a typing slip, a made-up
      // town's) in the written form, in capitals with its space, after a town, a comma or a label
      if (!(allUpper && outEnd < inStart && outwardValid(c, p, outEnd, false)
          && !isOrdinal(c, inStart) && NOT_AREAS.indexOf(" " + new String(c, p, 2) + " ") < 0
          && townOrLabelBefore(pass, p))) {
        return false;
      }
    }
    if (allLower && isOrdinal(c, inStart)) {
      return false;
    }
    if (claim) {
      pass.claim(IdentifierKind.POSTCODE, p, inEnd, allUpper ? 0.95 : 0.8, "postcode-structure");
    }
    return true;
  }

  private static boolean isOrdinal(char[] c, int i) {
    String s = ("" + c[i + 1] + c[i + 2]).toLowerCase(Locale.ROOT);
    return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
  }

  /** Capitals before a digit that are no postcode's area: key stages, a paper size, a year. */
  private static final String NOT_AREAS = " KS A4 A3 A5 Y1 Y2 Y3 Y4 Y5 Y6 Y7 Y8 Y9 ";

  /**
   * A town's or a place's word, a comma or a colon right before offset p on its line: {@code
   * Kestondale KD4 7RW}, {@code Postcode: KD3 8EH}.
   */
  private static boolean townOrLabelBefore(StructuredPass pass, int p) {
    char[] c = pass.c;
    int i = p;
    while (i > 0 && (c[i - 1] == ' ' || c[i - 1] == '\t')) {
      i--;
    }
    if (i == p || i == 0) {
      return false;
    }
    char b = c[i - 1];
    return b == ',' || b == ':' || isLetter(b) && i >= 2 && isLetter(c[i - 2]);
  }

  /** The outward code's shape, with a known area when {@code known} is set. */
  private static boolean outwardValid(char[] c, int p, int e, boolean known) {
    int letters = 0;
    while (p + letters < e && isLetter(c[p + letters])) {
      letters++;
    }
    if (letters < 1 || letters > 2) {
      return false;
    }
    String area = new String(c, p, letters).toUpperCase(Locale.ROOT);
    if (known && !POSTCODE_AREAS.contains(area)) {
      return false;
    }
    int i = p + letters;
    int rest = e - i;
    if (rest == 1) {
      return isDigit(c[i]);
    }
    if (rest == 2) {
      if (isDigit(c[i]) && isDigit(c[i + 1])) {
        return true;
      }
      if (isDigit(c[i]) && isLetter(c[i + 1])) {
        char l = Character.toUpperCase(c[i + 1]);
        return letters == 1 ? "ABCDEFGHJKPSTUW".indexOf(l) >= 0 : "ABEHMNPRVWXY".indexOf(l) >= 0;
      }
    }
    return false;
  }

  private static boolean inwardValid(StructuredPass pass, int i) {
    char[] c = pass.c;
    return isDigit(c[i])
        && isLetter(c[i + 1])
        && isLetter(c[i + 2])
        && "CIKMOV".indexOf(Character.toUpperCase(c[i + 1])) < 0
        && "CIKMOV".indexOf(Character.toUpperCase(c[i + 2])) < 0
        && !pass.alnumAt(i + 3);
  }

  private static final String CA_FIRST = "ABCEGHJKLMNPRSTVXY";
  private static final String CA_LETTER = "ABCEGHJKLMNPRSTVWXYZ";
  private static final String EIR_FIRST = "ACDEFHKNPRTVWXY";
  private static final String EIR_CHAR = "0123456789ACDEFHKNPRTVWXY";

  /**
   * Claims a Canadian postal code ({@code V3T 2K5}) or an Irish Eircode ({@code V94 KX2P}, {@code
   * D6W XK84}) starting at offset p, in capitals, one space or none inside.
   */
  boolean foreign(StructuredPass pass, int p) {
    char[] c = pass.c;
    int n = pass.n;
    if (p + 6 > n || pass.alnumAt(p - 1)) {
      return false;
    }
    int q = p + 3;
    int gap = q < n && c[q] == ' ' ? 1 : 0;
    int in = q + gap;
    // Canadian: letter digit letter, digit letter digit
    if (CA_FIRST.indexOf(c[p]) >= 0 && isDigit(c[p + 1]) && CA_LETTER.indexOf(c[p + 2]) >= 0
        && in + 3 <= n && isDigit(c[in]) && CA_LETTER.indexOf(c[in + 1]) >= 0
        && isDigit(c[in + 2]) && !pass.alnumAt(in + 3)) {
      pass.claim(IdentifierKind.POSTCODE, p, in + 3, 0.8, "canadian-postal-code");
      return true;
    }
    // Eircode: a routing key (letter, two digits, or D6W), then four of its letters and digits
    boolean key = EIR_FIRST.indexOf(c[p]) >= 0 && isDigit(c[p + 1])
        && (isDigit(c[p + 2]) || c[p] == 'D' && c[p + 1] == '6' && c[p + 2] == 'W');
    if (!key || in + 4 > n || pass.alnumAt(in + 4)) {
      return false;
    }
    int letters = 0;
    int digits = 0;
    for (int i = in; i < in + 4; i++) {
      if (EIR_CHAR.indexOf(c[i]) < 0) {
        return false;
      }
      if (isDigit(c[i])) {
        digits++;
      } else {
        letters++;
      }
    }
    if (letters == 0 || digits == 0 && gap == 0) {
      return false;
    }
    pass.claim(IdentifierKind.POSTCODE, p, in + 4, 0.8, "eircode");
    return true;
  }
}
