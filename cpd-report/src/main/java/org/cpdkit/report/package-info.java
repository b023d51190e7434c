/**
 * Reports people read: a self-contained HTML report for one practitioner and a dashboard for a
 * team (a template engine and inline SVG charts), CSV in and out, and iCalendar deadlines. Built
 * on the rules' reports; the core, the rules and the JSON format depend on none of it.
 */
package org.cpdkit.report;
