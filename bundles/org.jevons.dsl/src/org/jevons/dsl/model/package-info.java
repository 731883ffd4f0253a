/**
 * Semantics of the EMF model shared by validation and the EMF→analysis adapter: effective properties along
 * {@code extends} chains and the numeric reading of quantities.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.model;
