/** Completion: keyword sequences of property keys, units by the property's dimension, names including the built-in library. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.ide.contentassist;
