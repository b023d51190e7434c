/**
 * Exchange formats other systems already speak: standards frameworks as 1EdTech CASE 1.1
 * packages ({@link org.cpdkit.interop.framework}) and CPD activity as xAPI statements ({@link
 * org.cpdkit.interop.xapi}). Everything is written to and read from streams; the module has no
 * HTTP client.
 */
package org.cpdkit.interop;
