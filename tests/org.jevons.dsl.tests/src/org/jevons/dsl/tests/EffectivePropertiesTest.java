package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.jevons.dsl.model.EffectiveProperties;
import org.jevons.dsl.model.Quantities;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Precision;
import org.jevons.model.energy.PrecisionProperty;
import org.junit.jupiter.api.Test;

/** The inheritance semantics shared with the analysis adapter. */
class EffectivePropertiesTest {

	static List<NamedDeclaration> declarations(String text) {
		XtextResource r = Energy.parse(text);
		EcoreUtil2.resolveAll(r);
		return ((EnergyFile) r.getContents().get(0)).getDeclarations().stream().map(NamedDeclaration.class::cast)
				.toList();
	}

	@Test
	void childOverridesParentByKeyPeakByPrecisionOthersByClass() {
		List<NamedDeclaration> d = declarations("""
				accelerator A { peak bf16 1 TFLOP/s peak fp8 2 TFLOP/s power 700 W memory 80 GB }
				accelerator B extends A { peak fp8 3 TFLOP/s power 800 W }
				model M { precision bf16 parameters 7B }
				model N extends M { precision fp8 }
				""");
		NamedDeclaration b = d.get(1);
		assertEquals(800.0, EffectiveProperties.quantity(b, "power").orElseThrow().getValue().getFirst());
		assertEquals(80.0, EffectiveProperties.quantity(b, "memory").orElseThrow().getValue().getFirst());
		assertEquals(3.0, EffectiveProperties.peak(b, Precision.FP8).orElseThrow().getValue().getFirst());
		assertEquals(1.0, EffectiveProperties.peak(b, Precision.BF16).orElseThrow().getValue().getFirst());
		assertEquals(Precision.FP8,
				EffectiveProperties.property(d.get(3), PrecisionProperty.class).orElseThrow().getPrecision());
		assertEquals(4, EffectiveProperties.of(b).size());
	}

	@Test
	void laterPropertyWinsWithinOneDeclaration() {
		NamedDeclaration a = declarations("accelerator A { power 700 W power 800 W }").get(0);
		assertEquals(800.0, EffectiveProperties.quantity(a, "power").orElseThrow().getValue().getFirst());
	}

	@Test
	void cyclesAndUnresolvedParentsEndTheChain() {
		List<NamedDeclaration> d = declarations("grid A extends B { carbon 1 gCO2e/kWh } grid B extends A { water 1 L/kWh }"
				+ " grid C extends Missing { }");
		assertTrue(EffectiveProperties.inCycle(d.get(0)));
		assertEquals(2, EffectiveProperties.chain(d.get(0)).size());
		assertEquals(2, EffectiveProperties.of(d.get(0)).size());
		assertFalse(EffectiveProperties.inCycle(d.get(2)));
		assertEquals(1, EffectiveProperties.chain(d.get(2)).size());
	}

	@Test
	void sweepKeepsOneVaryPerPath() {
		NamedDeclaration s = declarations("sweep S { vary batch in 1, 2 vary mfu in 0.1, 0.2 }"
				+ " sweep T extends S { vary batch in 4, 8 }").get(1);
		assertEquals(2, EffectiveProperties.varies(s).size());
		assertEquals(4.0, EffectiveProperties.varies(s).get(0).getValues().get(0).getFirst());
	}

	@Test
	void nominalValues() {
		NamedDeclaration i = declarations("inference I { reasoning 600 .. 1100 .. 3000 tokens mfu 0.3 .. 0.4 "
				+ "requests 1M /day }").get(0);
		assertEquals(1100.0, Quantities.nominal(EffectiveProperties.quantity(i, "reasoning").orElseThrow().getValue())
				.orElseThrow());
		assertEquals(0.35, Quantities.nominal(EffectiveProperties.quantity(i, "mfu").orElseThrow().getValue())
				.orElseThrow(), 1e-12);
		assertEquals(1e6 / 86400, Quantities.nominalSi(EffectiveProperties.quantity(i, "requests").orElseThrow()
				.getValue()).orElseThrow(), 1e-9);
	}
}
