package org.jevons.analysis;

/**
 * What an energy figure includes. Published figures differ mostly by boundary, so every workload result states
 * it.
 *
 * @param host          host power (CPUs, DRAM, NICs, fans) is included, from a node's {@code host}
 * @param facility      the datacenter's PUE is applied
 * @param measuredPower the accelerators draw a stated {@code average power}, whose boundary is the measurement's
 *                      (a board's TDP stated as average power includes no host)
 */
public record Boundary(boolean host, boolean facility, boolean measuredPower) {

	public Boundary(boolean host, boolean facility) {
		this(host, facility, false);
	}

	public String description() {
		String it = measuredPower ? (host ? "accelerators at the stated average power + host"
				: "accelerators at the stated average power (the measurement's boundary)")
				: host ? "accelerators + host" : "accelerators only";
		return facility ? it + ", x PUE (facility)" : it + " (IT, no PUE)";
	}
}
