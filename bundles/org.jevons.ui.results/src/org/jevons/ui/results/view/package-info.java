/** The Energy Results view: a thin table over the view model, linked with the editor. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.results.view;
