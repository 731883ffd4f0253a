/** Text hover: problem messages, else textDocument/hover (meaning, unit and figures). */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.hover;
