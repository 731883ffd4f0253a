/** The JSON report of the headless contract (docs headless.md), written with Gson. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.report.json;
