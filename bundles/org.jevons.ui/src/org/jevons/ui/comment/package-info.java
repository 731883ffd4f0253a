/** Toggle line comment (Ctrl+/). */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.comment;
