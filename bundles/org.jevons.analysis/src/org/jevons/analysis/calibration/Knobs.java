package org.jevons.analysis.calibration;

import java.util.List;

/**
 * The defaults calibration fits, by parameter path, with the range a fit may move each one in. This list is the
 * one place that names them; a path the kernel does not have is skipped.
 */
public final class Knobs {
	/** A calibrated default and its admissible range. */
	public record Knob(String path, double lower, double upper) {
	}

	public static final List<Knob> ALL = List.of(new Knob("decode mfu", 0.05, 1), new Knob("prefill mfu", 0.05, 1),
			new Knob("mbu", 0.2, 1), new Knob("idle fraction", 0.02, 0.5),
			new Knob("memory-bound power fraction", 0.05, 1), new Knob("compute-bound power fraction", 0.05, 1));

	private Knobs() {
	}
}
