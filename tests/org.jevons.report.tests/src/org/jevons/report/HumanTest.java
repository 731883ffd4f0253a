package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.StudyResult;
import org.junit.jupiter.api.Test;

/** Numbers for people, fixed units for machines, and the headline sentences. */
class HumanTest {

	@Test
	void threeSignificantFigures() {
		assertEquals("2.00", Human.sig(2));
		assertEquals("1650", Human.sig(1650));
		assertEquals("0.925", Human.sig(0.92501));
		assertEquals("3.14e23", Human.sig(3.14e23));
		assertEquals("1.00e-4", Human.sig(1e-4));
		assertEquals("42", Human.trimmed(42.0, 3));
	}

	@Test
	void unitsForHumans() {
		assertEquals("1.29 GWh", Human.format("energy", Dimension.ENERGY, 1.287e6 * 3.6e6));
		assertEquals("0.925 Wh", Human.format("energy_per_request", Dimension.ENERGY, 0.925 * 3600));
		assertEquals("2.00 J", Human.format("energy_per_token", Dimension.ENERGY, 2.0));
		assertEquals("552 tCO2e", Human.format("carbon", Dimension.MASS_CO2E, 552e3));
		assertEquals("355 gCO2e", Human.format("carbon_per_request", Dimension.MASS_CO2E, 0.355));
		assertEquals("405 years", Human.format("accelerator_hours", Dimension.TIME, 3.55e6 * 3600));
		assertEquals("19.5 %", Human.format("implied_mfu", Dimension.RATIO, 0.195));
		assertEquals("1.87×", Human.format("ratio", Dimension.RATIO, 1.87));
		assertEquals("1650 tokens", Human.format("tokens_per_request", Dimension.TOKENS, 1650));
		assertEquals("12.0 kL", Human.format("water", Dimension.WATER, 12e3));
		assertEquals("1.20 [1.00–1.50] MWh",
				Human.format("energy", Dimension.ENERGY, Estimate.uncertain(1.2e3 * 3.6e6, 1e9 * 3.6, 1.2e9 * 3.6,
						1.5e9 * 3.6)));
	}

	@Test
	void noUnitsFewReadersKnow() {
		assertEquals("3.14e23 FLOP", Human.format("flops", Dimension.COMPUTE, 3.14e23));
		assertEquals("2.00 EFLOP", Human.format("flops", Dimension.COMPUTE, 2e18));
		assertEquals("182 days", Human.format("annual_accelerator_time", Dimension.TIME, 4360 * 3600.0));
		assertEquals("30.0 h", Human.format("duration", Dimension.TIME, 30 * 3600.0));
		assertEquals("53.0 s", Human.format("request_time", Dimension.TIME, 53));
		assertEquals("250 ms", Human.format("request_time", Dimension.TIME, 0.25));
		assertEquals("1.50 ML", Human.format("annual_water", Dimension.WATER, 1.5e6));
		assertEquals("s", Units.fixed("request_time", Dimension.TIME, Scope.WORKLOAD).symbol());
	}

	@Test
	void fixedUnitsOfTheContract() {
		assertEquals("kWh", Units.fixed("energy", Dimension.ENERGY, Scope.WORKLOAD).symbol());
		assertEquals("Wh", Units.fixed("energy_per_request", Dimension.ENERGY, Scope.WORKLOAD).symbol());
		assertEquals("J", Units.fixed("energy_per_token", Dimension.ENERGY, Scope.WORKLOAD).symbol());
		assertEquals("TWh", Units.fixed("energy", Dimension.ENERGY, Scope.PROJECTION).symbol());
		assertEquals("MtCO2e", Units.fixed("carbon", Dimension.MASS_CO2E, Scope.PROJECTION).symbol());
		assertEquals("Wh", Units.fixed("per_token_effect", Dimension.ENERGY, Scope.COMPARE_REQUEST).symbol());
		assertEquals("h", Units.fixed("accelerator_hours", Dimension.TIME, Scope.WORKLOAD).symbol());
		assertEquals(1.0, Units.KWH.of(3.6e6));
	}

	@Test
	void headlinesTellTheStory() {
		StudyResult seed = Studies.analyze(Studies.seed());
		List<String> headlines = Story.headlines(seed);
		assertTrue(headlines.get(0).matches("R1_chat uses 1\\.8\\d× the energy per request of Llama_chat \\(\\+8\\d %\\):"
				+ " 1\\.88× the tokens per request at 0\\.99\\d× the energy per token\\."), headlines.get(0));
		assertTrue(headlines.get(1).startsWith("Reasoning_everywhere: energy 2025 → 2035 ×"), headlines.get(1));
		assertTrue(headlines.get(1).contains("break-even elasticity"), headlines.get(1));
		assertEquals("+87 %", Story.percent(1.87));
		assertEquals("−13 %", Story.percent(0.87));
	}
}
