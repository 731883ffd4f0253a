/** Typing help: closing brackets and quotes, indentation after an opening brace, outdent on a closing one. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.typing;
