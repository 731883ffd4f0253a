/** The Outline page from textDocument/documentSymbol, linked with the editor. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.outline;
