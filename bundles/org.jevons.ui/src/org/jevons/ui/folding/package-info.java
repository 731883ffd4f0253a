/** Code folding of declarations and block comments. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.folding;
