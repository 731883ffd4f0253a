/** Code minings: the headline figure of each declaration, from textDocument/codeLens. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.minings;
