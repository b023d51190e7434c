/**
 * The cpdkit JSON format: read and write portfolios, entries, sessions, toolkits, toolkit runs and
 * standards frameworks as versioned JSON documents, and write (and read back) the reports and team
 * reports that checking produces; errors name what and where.
 */
package org.cpdkit.json;
