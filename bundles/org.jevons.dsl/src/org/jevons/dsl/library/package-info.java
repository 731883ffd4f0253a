/** The built-in library (hardware, grids, models) shipped inside this bundle and visible to every tool. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.library;
