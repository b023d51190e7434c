/**
 * What people read: HTML reports and team dashboards, CSV in and out, and registration deadlines
 * as iCalendar.
 */
module org.cpdkit.report {
  requires transitive org.cpdkit.core;
  requires transitive org.cpdkit.rules;
  requires org.cpdkit.json;
  requires com.github.mustachejava;
  requires org.apache.commons.csv;

  exports org.cpdkit.report;
  // The templates are resources of this package, and Mustache reads the views by reflection.
  opens org.cpdkit.report;
}
