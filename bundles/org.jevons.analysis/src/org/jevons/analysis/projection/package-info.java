/**
 * Rebound (Jevons) projections of total energy with a demand response to efficiency.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.projection;
