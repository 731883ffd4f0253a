/** A plain-text report for terminals: aligned tables in units chosen for humans. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.report.text;
