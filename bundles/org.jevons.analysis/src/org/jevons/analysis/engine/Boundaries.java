package org.jevons.analysis.engine;

import static java.lang.Double.isNaN;

/**
 * The boundary formulas that trainings and inferences share (docs/methodology.md, Boundaries), written once over
 * columns. Absent inputs are NaN; each test on them is decided from entry 0 of the column, as in every kernel.
 */
public final class Boundaries {
	private Boundaries() {
	}

	/** What a component that is a share s of the figure including it adds to the figure before it. */
	public static double share(double before, double s) {
		return before * s / (1 - s);
	}

	/**
	 * Manufacturing of accelerators and servers: accelerator-time times each device's embodied carbon per second of
	 * its {@code lifetime}, the time it is in use (a service life × its utilisation, as LCAs amortise it); NaN when
	 * neither is stated with a lifetime.
	 */
	public static void embodied(Block b, double[] time, int accelerator, int acceleratorLife, int node, int nodeLife,
			double[] o, int offset) {
		double[] device = b.in(accelerator), deviceLife = b.in(acceleratorLife);
		double[] server = b.in(node), serverLife = b.in(nodeLife);
		boolean devices = !isNaN(device[0]) && !isNaN(deviceLife[0]);
		boolean servers = !isNaN(server[0]) && !isNaN(serverLife[0]);
		for (int i = 0; i < b.size(); i++) {
			double perSecond = (devices ? device[i] / deviceLife[i] : 0) + (servers ? server[i] / serverLife[i] : 0);
			o[offset + i] = devices || servers ? time[i] * perSecond : Double.NaN;
		}
	}

	/**
	 * Market-based carbon: the uncontracted share (1 − clean share) at the residual mix, or at the location-based
	 * factor when no residual mix is stated; NaN when neither a residual mix nor a clean share is stated.
	 */
	public static void marketCarbon(Block b, double[] energy, int residual, int clean, int location, double[] o,
			int offset) {
		double[] mix = b.in(residual), contracted = b.in(clean);
		boolean hasResidual = !isNaN(mix[0]), hasClean = !isNaN(contracted[0]);
		double[] factor = hasResidual ? mix : b.in(location);
		for (int i = 0; i < b.size(); i++) {
			double covered = hasClean ? contracted[i] : 0;
			o[offset + i] = hasResidual || hasClean ? energy[i] * factor[i] * (1 - covered) : Double.NaN;
		}
	}

	/** Facility overhead: IT energy × (PUE − 1); NaN without a PUE. */
	public static void overhead(Block b, double[] it, int pue, double[] o, int offset) {
		double[] factor = b.in(pue);
		for (int i = 0; i < b.size(); i++) {
			o[offset + i] = it[i] * (factor[i] - 1);
		}
	}
}
