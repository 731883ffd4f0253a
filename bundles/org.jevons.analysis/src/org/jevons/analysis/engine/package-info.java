/**
 * Numeric machinery shared by all analyses: flat parameter vectors, kernels, seeded Monte Carlo,
 * quantiles and one-at-a-time sensitivity. Kernels evaluate into caller-owned arrays so that sampling and sweeps
 * allocate nothing per point.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.engine;
