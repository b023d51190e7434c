package org.cpdkit.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;

/**
 * Inline SVG charts drawn on the JVM. Every chart carries a title and a description (the text
 * alternative) and writes its figures as text, so nothing rests on colour; the pages also give
 * the same figures as a table.
 */
final class Charts {

  static final String INK = "#0b0c0c";
  static final String BAR = "#1d4f91";
  static final String MUTED = "#505a5f";
  static final String RULE = "#b1b4b6";

  private Charts() {}

  /** The months from the first to the last, inclusive. */
  static List<YearMonth> months(YearMonth first, YearMonth last) {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  static String monthShort(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
  }

  static String monthLong(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + m.getYear();
  }

  /**
   * A grid of the framework's standards (grouped) by month, each cell showing how many counted
   * pieces evidence that standard that month.
   */
  static String standardsGrid(String id, StandardsFramework framework, List<YearMonth> months,
      Map<StandardCode, int[]> counts, String description) {
    int labelW = 56;
    int totalW = 44;
    int cellW = Math.max(24, (640 - labelW - totalW) / Math.max(1, months.size()));
    int width = labelW + cellW * months.size() + totalW;
    int rowH = 20;
    int groupH = 24;
    int top = 30;
    int height = top;
    for (StandardGroup g : framework.groups()) {
      height += groupH + rowH * g.standards().size();
    }
    height += 6;
    StringBuilder s = new StringBuilder(16_384);
    open(s, id, width, height, "Standards covered, month by month", description);
    for (int m = 0; m < months.size(); m++) {
      int x = labelW + m * cellW + cellW / 2;
      text(s, x, 14, "middle", 11, MUTED, monthShort(months.get(m)));
      if (m == 0 || months.get(m).getMonthValue() == 1) {
        text(s, x, 26, "middle", 9, MUTED, String.valueOf(months.get(m).getYear()));
      }
    }
    text(s, labelW + cellW * months.size() + totalW / 2, 14, "middle", 11, MUTED, "Total");
    int y = top;
    for (StandardGroup g : framework.groups()) {
      String title = g.code() + ". " + g.title();
      if (title.length() > 78) {
        title = title.substring(0, 77).strip() + "…";
      }
      text(s, 2, y + 16, "start", 12, INK, title, true);
      y += groupH;
      for (Standard st : g.standards()) {
        int[] c = counts.getOrDefault(st.code(), new int[months.size()]);
        text(s, 4, y + 14, "start", 11, INK, st.code().value());
        int total = 0;
        for (int m = 0; m < months.size(); m++) {
          int x = labelW + m * cellW;
          total += c[m];
          if (c[m] > 0) {
            s.append("<rect x=\"").append(x + 2).append("\" y=\"").append(y + 2).append("\" width=\"").append(cellW - 4)
                .append("\" height=\"").append(rowH - 4).append("\" rx=\"3\" fill=\"").append(BAR).append("\"/>");
            text(s, x + cellW / 2, y + 14, "middle", 11, "#ffffff", String.valueOf(c[m]));
          } else {
            s.append("<circle cx=\"").append(x + cellW / 2).append("\" cy=\"").append(y + rowH / 2)
                .append("\" r=\"1.5\" fill=\"").append(RULE).append("\"/>");
          }
        }
        text(s, labelW + cellW * months.size() + totalW / 2, y + 14, "middle", 11, INK,
            total == 0 ? "none" : String.valueOf(total), total > 0);
        y += rowH;
      }
    }
    s.append("</svg>");
    return s.toString();
  }

  /**
   * Bars of pieces recorded per month, with the figure above each bar, a line at the deadline and
   * one at the day of the report.
   */
  static String monthlyBars(String id, List<YearMonth> months, Map<YearMonth, Integer> perMonth,
      LocalDate deadline, LocalDate asOf, String description) {
    int left = 44;
    int width = 640;
    int top = 34;
    int plotH = 170;
    int bottom = 40;
    int height = top + plotH + bottom;
    int barW = (width - left - 8) / Math.max(1, months.size());
    int max = 1;
    for (YearMonth m : months) {
      max = Math.max(max, perMonth.getOrDefault(m, 0));
    }
    StringBuilder s = new StringBuilder(8_192);
    open(s, id, width, height, "Pieces of CPD recorded per month", description);
    int baseline = top + plotH;
    s.append("<line x1=\"").append(left).append("\" y1=\"").append(baseline).append("\" x2=\"").append(width - 4)
        .append("\" y2=\"").append(baseline).append("\" stroke=\"").append(INK).append("\"/>");
    text(s, left - 6, baseline + 4, "end", 11, MUTED, "0");
    text(s, left - 6, top + 4, "end", 11, MUTED, String.valueOf(max));
    for (int i = 0; i < months.size(); i++) {
      YearMonth m = months.get(i);
      int n = perMonth.getOrDefault(m, 0);
      int x = left + i * barW;
      int h = (int) Math.round((double) plotH * n / max);
      if (n > 0) {
        s.append("<rect x=\"").append(x + 4).append("\" y=\"").append(baseline - h).append("\" width=\"")
            .append(barW - 8).append("\" height=\"").append(h).append("\" fill=\"").append(BAR).append("\"/>");
      }
      text(s, x + barW / 2, baseline - h - 4, "middle", 11, INK, String.valueOf(n));
      text(s, x + barW / 2, baseline + 16, "middle", 11, MUTED, monthShort(m));
      if (i == 0 || m.getMonthValue() == 1) {
        text(s, x + barW / 2, baseline + 30, "middle", 10, MUTED, String.valueOf(m.getYear()));
      }
    }
    marker(s, months, left, barW, top, baseline, deadline, "Deadline " + day(deadline), true);
    if (!asOf.equals(deadline)) {
      marker(s, months, left, barW, top, baseline, asOf, "As of " + day(asOf), false);
    }
    s.append("</svg>");
    return s.toString();
  }

  private static void marker(StringBuilder s, List<YearMonth> months, int left, int barW, int top, int baseline,
      LocalDate day, String label, boolean dashed) {
    int i = months.indexOf(YearMonth.from(day));
    if (i < 0) {
      return;
    }
    double within = (day.getDayOfMonth() - 0.5) / day.lengthOfMonth();
    int x = (int) Math.round(left + (i + within) * barW);
    s.append("<line x1=\"").append(x).append("\" y1=\"").append(top - 14).append("\" x2=\"").append(x)
        .append("\" y2=\"").append(baseline).append("\" stroke=\"").append(INK).append("\" stroke-width=\"2\"");
    if (dashed) {
      s.append(" stroke-dasharray=\"6 4\"");
    }
    s.append("/>");
    text(s, x - 4, dashed ? top - 18 : top - 4, "end", 11, INK, label, dashed);
  }

  private static String day(LocalDate d) {
    return d.getDayOfMonth() + " " + monthShort(YearMonth.from(d)) + " " + d.getYear();
  }

  private static void open(StringBuilder s, String id, int width, int height, String title, String description) {
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
        .append("-desc\" font-family=\"Arial, Helvetica, sans-serif\"><title id=\"").append(id).append("-title\">");
    escape(s, title);
    s.append("</title><desc id=\"").append(id).append("-desc\">");
    escape(s, description);
    s.append("</desc>");
  }

  private static void text(StringBuilder s, int x, int y, String anchor, int size, String fill, String value) {
    text(s, x, y, anchor, size, fill, value, false);
  }

  private static void text(StringBuilder s, int x, int y, String anchor, int size, String fill, String value,
      boolean bold) {
    s.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
    if (!"start".equals(anchor)) {
      s.append(" text-anchor=\"").append(anchor).append('"');
    }
    s.append(" font-size=\"").append(size).append("\" fill=\"").append(fill).append('"');
    if (bold) {
      s.append(" font-weight=\"bold\"");
    }
    s.append('>');
    escape(s, value);
    s.append("</text>");
  }

  static void escape(StringBuilder s, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&': s.append("&amp;"); break;
        case '<': s.append("&lt;"); break;
        case '>': s.append("&gt;"); break;
        case '"': s.append("&quot;"); break;
        default: s.append(c);
      }
    }
  }
}
