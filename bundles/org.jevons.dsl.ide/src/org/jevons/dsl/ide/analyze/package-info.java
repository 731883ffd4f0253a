/** Figures computed for a document's resource set: study building, cached analysis, headline texts and the jevons/analyze request. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.ide.analyze;
