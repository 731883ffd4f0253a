/** What each property of each declaration means: its dimension, description and default. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.model.properties;
