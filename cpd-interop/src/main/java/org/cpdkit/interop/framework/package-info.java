/**
 * Standards frameworks as 1EdTech CASE 1.1 packages: {@link
 * org.cpdkit.interop.framework.CasePackages} writes and reads them, {@link
 * org.cpdkit.interop.framework.CaseOptions} sets the URIs and document fields, and {@link
 * org.cpdkit.interop.framework.CaseImport} lists whatever a package held that a framework has no
 * place for.
 */
package org.cpdkit.interop.framework;
