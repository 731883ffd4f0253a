/**
 * A set of {@code .energy} files loaded together (cross-file references, the built-in library), with their
 * diagnostics: the headless tools' view of a workspace.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.workspace;
