/** LSP diagnostics as Problems-view markers, and the annotation model that hides them in the editor (the editor shows its own annotations). */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.markers;
