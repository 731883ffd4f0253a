/** CSV: one RFC 4180 table per result kind, each after a '# section' line; tables separated by a blank line. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.report.csv;
