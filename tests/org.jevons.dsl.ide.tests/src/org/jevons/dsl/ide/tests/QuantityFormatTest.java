package org.jevons.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.dsl.ide.analyze.QuantityFormat;
import org.junit.jupiter.api.Test;

/** Figures in the units an analyst reads, three significant digits. */
class QuantityFormatTest {

	@Test
	void energyInWattHoursAboveAHundredthOfAWattHour() {
		assertEquals("0.93 Wh", QuantityFormat.format(0.93 * 3600, Dimension.ENERGY));
		assertEquals("339 MWh", QuantityFormat.format(339e6 * 3600, Dimension.ENERGY));
		assertEquals("1.29 GWh", QuantityFormat.format(1287e6 * 3600, Dimension.ENERGY));
		assertEquals("390 mJ", QuantityFormat.format(0.39, Dimension.ENERGY));
	}

	@Test
	void otherDimensions() {
		assertEquals("540 tCO2e", QuantityFormat.format(540e3, Dimension.MASS_CO2E));
		assertEquals("2.79M h", QuantityFormat.format(2.788e6 * 3600, Dimension.TIME));
		assertEquals("3.14e23 FLOP", QuantityFormat.format(3.14e23, Dimension.COMPUTE));
		assertEquals("1.87", QuantityFormat.format(1.8712, Dimension.RATIO));
		assertEquals("3.65e8", QuantityFormat.format(3.65e8, Dimension.RATIO));
		assertEquals("2.5e-5", QuantityFormat.format(2.5e-5, Dimension.RATIO));
		assertEquals("1e6", QuantityFormat.format(1e6, Dimension.RATIO));
		assertEquals("1.18 mL", QuantityFormat.format(0.00118, Dimension.WATER));
		assertEquals("700 W", QuantityFormat.format(700, Dimension.POWER));
		assertEquals("n/a", QuantityFormat.format(Double.NaN, Dimension.POWER));
	}

	@Test
	void intervalsOnlyWhenTheyHaveAWidth() {
		assertEquals("1 kW (90 %: 900 W – 1.1 kW)",
				QuantityFormat.format(Estimate.uncertain(1000, 900, 1000, 1100), Dimension.POWER));
		assertEquals("1 kW", QuantityFormat.format(Estimate.uncertain(1000, 1000, 1000, 1000), Dimension.POWER));
	}
}
