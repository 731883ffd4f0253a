/** Hyperlinks and F3: textDocument/definition, also into the built-in library. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.hyperlink;
