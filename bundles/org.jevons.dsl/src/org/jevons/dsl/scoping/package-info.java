/** Name resolution: packages, imports, cross-file references, the built-in library. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.scoping;
