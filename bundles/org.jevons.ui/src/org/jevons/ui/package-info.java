/** Shared helpers of the Jevons workbench UI: plug-in id and logging to the Eclipse log. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui;
