/** Document symbols and go to definition, including definitions inside the built-in library. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.ide.symbols;
