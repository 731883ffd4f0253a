/**
 * Parameter sweeps: the cartesian product of every varied input, evaluated through a flat parameter vector.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.sweep;
