/** Failed {@code expect} declarations as problem markers on their lines. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.results.markers;
