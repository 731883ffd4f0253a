/** Content assist (Ctrl+Space) through textDocument/completion. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.assist;
