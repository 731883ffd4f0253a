/** The canonical layout of {@code .energy} files (LSP formatting, serialization with formatting). */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.formatting2;
