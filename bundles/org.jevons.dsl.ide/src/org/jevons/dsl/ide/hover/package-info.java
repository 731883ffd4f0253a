/** Hover: property meaning, dimension, accepted units, default and SI value; declaration summaries with computed figures. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.ide.hover;
