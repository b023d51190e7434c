/**
 * The cpdkit JSON format: read and write portfolios, entries, sessions, toolkits, toolkit runs and
 * standards frameworks as versioned JSON documents, with errors that name what and where.
 */
package org.cpdkit.json;
