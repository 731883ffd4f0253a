/** The Jevons RCP application: start-up, window, perspective. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.rcp;
