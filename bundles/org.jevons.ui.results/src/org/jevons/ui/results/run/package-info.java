/** Running analyses from the workbench: the command, the cancellable job, re-analysis on save, the latest result. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.results.run;
