/** Syntax colouring: partitions (comments, strings) and a token scanner for keywords, numbers, units, declaration names and references. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.highlighting;
