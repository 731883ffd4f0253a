package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Boundary;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.SensitivityBar;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/** The tornado bars every view shows: widest first, none that rounds to one number, bounds as written. */
class SensitivityTest {
	private static final double WH = 3600;

	private static WorkloadResult withBars(SensitivityBar... bars) {
		Figure energy = new Figure("energy_per_request", "Energy per request", Dimension.ENERGY,
				Estimate.exact(0.5 * WH), List.of());
		return new WorkloadResult("I", new Origin("t.energy", 1, 1), "inference", WorkloadResult.Kind.INFERENCE,
				new Boundary(false, true), List.of(energy), List.of(), List.of(), List.of(bars));
	}

	@Test
	void aBarWhoseRangeRoundsToOneNumberIsNotShown() {
		SensitivityBar wide = new SensitivityBar("host power", 1200, 4600, "energy_per_request", 0.4 * WH, 0.6 * WH,
				List.of(), Optional.of(new Value.Written("kW", 1000)));
		// 0.5001 Wh and 0.5002 Wh are both shown as 0.500 Wh
		SensitivityBar rounded = new SensitivityBar("accelerator.idle", 60, 100, "energy_per_request", 0.5001 * WH,
				0.5002 * WH, List.of());
		SensitivityBar narrow = new SensitivityBar("mfu", 0.3, 0.4, "energy_per_request", 0.49 * WH, 0.52 * WH,
				List.of());
		assertEquals(List.of(wide, narrow), Sensitivity.shown(withBars(rounded, narrow, wide), 8));
		assertEquals(List.of(wide), Sensitivity.shown(withBars(rounded, narrow, wide), 1));
	}

	@Test
	void inputBoundsAreShownInTheUnitTheyWereWrittenIn() {
		SensitivityBar host = new SensitivityBar("host power", 1200, 4600, "energy_per_request", 1, 2, List.of(),
				Optional.of(new Value.Written("kW", 1000)));
		assertEquals("1.20–4.60 kW", Sensitivity.inputRange(host));
		SensitivityBar share = new SensitivityBar("host share", 0.2, 0.3, "energy_per_request", 1, 2, List.of(),
				Optional.of(new Value.Written("%", 0.01)));
		assertEquals("20.0–30.0 %", Sensitivity.inputRange(share));
		SensitivityBar plain = new SensitivityBar("mfu", 0.3, 0.4, "energy_per_request", 1, 2, List.of());
		assertEquals("0.300–0.400", Sensitivity.inputRange(plain));
	}
}
