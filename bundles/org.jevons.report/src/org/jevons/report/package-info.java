/** Report entry point (Reports, ReportFormat, ReportContext), the JUnit-XML writer of expect verdicts, and what every format shares: fixed and human units, the display model of sections and tables, and the headline story. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.report;
