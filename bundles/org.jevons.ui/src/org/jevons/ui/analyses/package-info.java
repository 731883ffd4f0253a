/** Analyses contributed by other bundles through the extension point {@code org.jevons.analysis.analyses}. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.analyses;
