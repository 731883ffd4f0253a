/**
 * Inference energy per request: prefill plus roofline decode, MoE expert coverage, KV traffic, power model.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.inference;
