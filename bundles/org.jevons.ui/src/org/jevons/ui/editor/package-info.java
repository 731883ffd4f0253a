/** The {@code .energy} text editor. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.editor;
