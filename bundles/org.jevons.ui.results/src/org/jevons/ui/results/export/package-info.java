/** Export of the whole analysis as a report, through the CLI's renderers (org.jevons.report). */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.results.export;
