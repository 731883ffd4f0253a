/** SWTChart charts of the view model, one class per chart type, with PNG and SVG export. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.results.charts;
