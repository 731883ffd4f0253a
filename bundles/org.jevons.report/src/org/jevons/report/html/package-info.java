/** One self-contained HTML page: inline CSS and inline SVG charts, no script, no external resource; every user string escaped. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.report.html;
