/** Markdown: headings per section and GitHub tables. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.report.markdown;
