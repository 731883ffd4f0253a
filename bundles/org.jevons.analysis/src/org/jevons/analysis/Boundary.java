package org.jevons.analysis;

/**
 * What an energy figure includes. Published figures differ mostly by boundary, so every workload result states
 * it.
 *
 * @param host     host power (CPUs, DRAM, NICs, fans) is included: from a node's {@code host} or an
 *                 {@code average power} that includes it
 * @param facility the datacenter's PUE is applied
 */
public record Boundary(boolean host, boolean facility) {

	public String description() {
		String it = host ? "accelerators + host" : "accelerators only";
		return facility ? it + ", x PUE (facility)" : it + " (IT, no PUE)";
	}
}
