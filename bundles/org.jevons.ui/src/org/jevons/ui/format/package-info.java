/** Format (Ctrl+Shift+F) through textDocument/formatting. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.format;
