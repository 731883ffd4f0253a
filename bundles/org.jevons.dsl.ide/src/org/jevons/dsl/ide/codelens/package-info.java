/** Code lens: the headline figure of each training, inference, comparison and projection. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.ide.codelens;
