package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.jevons.model.energy.AdoptionProperty;
import org.jevons.model.energy.Comparison;
import org.jevons.model.energy.Declaration;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.Expect;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.OnProperty;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.Quantity;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.energy.Sweep;
import org.jevons.model.energy.Training;
import org.jevons.model.energy.Vary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexical and syntactic rules of language.md (adapted from the grammar spike's tests). */
class ParserTest {

	/** The quantity of `expect X e <= <text>`: a position that takes any quantity. */
	static Quantity quantity(String text) {
		return ((Expect) Energy.file("expect X e <= " + text).getDeclarations().get(0)).getBound();
	}

	static List<String> errorsOf(String text) {
		return Energy.errors(Energy.parse(text));
	}

	@Test
	void countMultipliersAreExact() {
		assertEquals(671e9, quantity("671B").getFirst());
		assertEquals(14.8e12, quantity("14.8T").getFirst());
		assertEquals(2788000.0, quantity("2.788M").getFirst());
		assertEquals(1500.0, quantity("1.5k").getFirst());
		assertEquals(128000.0, quantity("128k tokens").getFirst());
		assertEquals(3.14e23, quantity("3.14e23 FLOP").getFirst());
		assertEquals(-5.0, quantity("-5").getFirst());
		assertEquals(0.35, quantity("0.35").getFirst());
		assertNull(quantity("671B").getUnit(), "a multiplier is never a unit");
	}

	@Test
	void numbersOutOfDoubleRangeAreDiagnostics() {
		List<String> big = errorsOf("expect X e <= 1e309");
		assertEquals(1, big.size(), big::toString);
		assertTrue(big.get(0).contains("out of range"), big::toString);
		assertEquals(1, errorsOf("expect X e <= 1e-400").size());
	}

	@Test
	void malformedNumbersAreDiagnostics() {
		for (String bad : List.of("1e3.5", "1k.5", "1.5.5", "1.", "- 5", "0. 35", "1eV", "1.5em", "80EB")) {
			assertFalse(errorsOf("expect X e <= " + bad).isEmpty(), bad);
		}
		assertEquals("eV", quantity("1 eV").getUnit());
		assertEquals(2500.0, quantity("2.5e3").getFirst());
		assertEquals(2500.0, quantity("2.5E+3").getFirst());
		assertEquals(0.0025, quantity("2.5e-3").getFirst());
	}

	@Test
	void exponentGluedUnitGetsItsOwnMessage() {
		List<String> errors = errorsOf("accelerator A { power 1eV }");
		assertTrue(errors.stream().anyMatch(e -> e.contains("write a space") && e.contains("1 eV")), errors::toString);
	}

	@Test
	void ranges() {
		Quantity q = quantity("0.30..0.40");
		assertEquals(0.30, q.getFirst());
		assertEquals(0.40, q.getSecond());
		assertNull(q.getThird());
		Quantity tri = quantity("150 .. 400 .. 2000 tokens");
		assertEquals(List.of(150.0, 400.0, 2000.0), List.of(tri.getFirst(), tri.getSecond(), tri.getThird()));
		assertEquals("tokens", tri.getUnit());
		assertEquals(10000.0, quantity("5..10k").getSecond());
		assertEquals(-5.0, quantity("-5..5").getFirst());
		assertFalse(errorsOf("expect X e <= 300 W .. 400 W").isEmpty(), "the unit goes after the last bound only");
	}

	@Test
	void gluedUnits() {
		assertEquals(80.0, quantity("80GB").getFirst());
		assertEquals("GB", quantity("80GB").getUnit());
		assertEquals(14.8e12, quantity("14.8TB").getFirst());
		assertEquals("B", quantity("14.8TB").getUnit());
		assertEquals(1500.0, quantity("1.5kW").getFirst());
		assertEquals("W", quantity("1.5kW").getUnit());
	}

	@Test
	void unitForms() {
		assertEquals("TFLOP/s", quantity("989 TFLOP/s").getUnit());
		assertEquals("gCO2e/kWh", quantity("560 gCO2e/kWh").getUnit());
		assertEquals("%", quantity("40 %").getUnit());
		assertEquals("%/year", quantity("25 %/year").getUnit());
		assertEquals("/day", quantity("10M /day").getUnit());
		assertEquals(1e7, quantity("10M /day").getFirst());
		assertEquals("tokens/s", quantity("2000 tokens/s").getUnit());
		assertEquals("\u00b5s", quantity("5 \u00b5s").getUnit());
		assertEquals("TFLOP/s", quantity("989 /* dense */ TFLOP/s").getUnit());
		assertFalse(errorsOf("expect X e <= 989 TFLOP / s").isEmpty());
		assertFalse(errorsOf("expect X e <= - 5").isEmpty());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h", "d", "s", "year", "years", "tokens", "token", "requests", "day", "W", "B", "FLOP",
			"tCO2e", "USD" })
	void keywordLikeUnitSymbol(String unit) {
		assertEquals(unit, quantity("5 " + unit).getUnit());
		assertEquals("/" + unit, quantity("5 /" + unit).getUnit());
	}

	@Test
	void unitKeywordVersusNextProperty() {
		Training t = (Training) Energy.file("training T { mfu 0.4 tokens 14.8T }").getDeclarations().get(0);
		assertEquals(2, t.getProperties().size());
		Training u = (Training) Energy.file("training T { tokens 14.8T tokens mfu 0.4 }").getDeclarations().get(0);
		assertEquals("tokens", ((QuantityProperty) u.getProperties().get(0)).getValue().getUnit());
		Inference i = (Inference) Energy.file("inference I { batch 16 requests 1M /day }").getDeclarations().get(0);
		assertEquals(2, i.getProperties().size());
	}

	static Stream<String> alphabeticKeywords() {
		IGrammarAccess ga = Energy.injector().getInstance(IGrammarAccess.class);
		return GrammarUtil.getAllKeywords(ga.getGrammar()).stream().filter(k -> k.matches("[A-Za-z_][A-Za-z0-9_]*"))
				.sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("alphabeticKeywords")
	void keywordAsDeclarationNameAndReference(String kw) {
		String text = "model " + kw + " { parameters 7B }\n" + "accelerator " + kw + " { power 700 W }\n"
				+ "datacenter " + kw + " { pue 1.1 }\n" + "inference " + kw + " { model " + kw + " on 1 x " + kw
				+ " in " + kw + " prompt 1 tokens }\n" + "expect " + kw + " energy per request <= 5 Wh\n";
		XtextResource r = Energy.parse(text);
		assertEquals(List.of(), Energy.errors(r), "syntax, name '" + kw + "'");
		EcoreUtil2.resolveAll(r);
		assertEquals(List.of(), Energy.errors(r), "linking, name '" + kw + "'");
		OnProperty on = (OnProperty) ((Inference) ((EnergyFile) r.getContents().get(0)).getDeclarations().get(3))
				.getProperties().get(1);
		assertEquals(kw, on.getHardware().getName());
	}

	@Test
	void specialForms() {
		EnergyFile f = Energy.file("""
				projection P {
				    workload W
				    years 2025 to 2035
				    demand growth 30 %/year source "IEA"
				    efficiency gain 20 %/year
				    elasticity 0.6 .. 1.4
				    reasoning share 10 % -> 60 % midpoint 2028
				}
				sweep S {
				    workload W
				    vary reasoning from 0 to 8000 tokens step 100
				    vary batch in 1, 8, 32, 128
				    vary average power from 300 W to 700 W
				    vary model.parameters in 7B, 70B
				}
				expect R1_chat energy per request <= 5 Wh
				expect V3_pretraining carbon <= 2000 tCO2e
				expect Reasoning_everywhere energy in 2030 <= 50 TWh
				expect X accelerator-hours < 3M h
				training T { accelerator-hours 2.788M h average power 330 W source "x" on 2048 x H800 in Hangzhou source "y" }
				""");
		List<Property> proj = ((NamedDeclaration) f.getDeclarations().get(0)).getProperties();
		assertEquals("demand growth", ((QuantityProperty) proj.get(2)).getKey());
		assertEquals("IEA", proj.get(2).getSource());
		AdoptionProperty share = (AdoptionProperty) proj.get(5);
		assertEquals(60.0, share.getTo().getFirst());
		assertEquals(2028.0, share.getMidpoint().getFirst());
		Sweep s = (Sweep) f.getDeclarations().get(1);
		Vary v0 = (Vary) s.getProperties().get(1);
		assertEquals("reasoning", v0.getProperty());
		assertEquals(100.0, v0.getStep().getFirst());
		assertEquals(4, ((Vary) s.getProperties().get(2)).getValues().size());
		assertEquals("average power", ((Vary) s.getProperties().get(3)).getProperty());
		assertEquals("model.parameters", ((Vary) s.getProperties().get(4)).getProperty());
		Expect e0 = (Expect) f.getDeclarations().get(2);
		assertEquals("energy", e0.getMetric());
		assertEquals("request", e0.getPer());
		assertEquals(Comparison.LE, e0.getOp());
		assertEquals(2030.0, ((Expect) f.getDeclarations().get(4)).getYear().getFirst());
		assertEquals("accelerator-hours", ((Expect) f.getDeclarations().get(5)).getMetric());
		Training t = (Training) f.getDeclarations().get(6);
		assertEquals("average power", ((QuantityProperty) t.getProperties().get(1)).getKey());
		OnProperty on = assertInstanceOf(OnProperty.class, t.getProperties().get(2));
		assertEquals(2048.0, on.getCount().getFirst());
		assertEquals("y", on.getSource());
	}

	@Test
	void emptyBodiesCommentsAndExtends() {
		assertEquals(List.of(), errorsOf(""));
		assertEquals(List.of(), errorsOf("// line\n/* block */\n"));
		assertEquals(List.of(), errorsOf("""
				accelerator A { } node N { } grid G { } datacenter D { } model M { }
				training T { } inference I { } projection P { } sweep S { }
				accelerator B extends A { } node O extends N { } grid H extends G { } datacenter E extends D { }
				model L extends M { } training U extends T { } inference J extends I { }
				projection Q extends P { } sweep R extends S { }
				"""));
	}

	@Test
	void sourceAfterEveryPropertyForm() {
		String s = " source \"s\"\n";
		EnergyFile f = Energy.file("accelerator A { peak bf16 989 TFLOP/s" + s + "power 700 W" + s + "}\n"
				+ "node N { accelerators 8 x A" + s + "host 1.6 kW" + s + "}\n" + "grid G { carbon 560 gCO2e/kWh" + s
				+ "}\n" + "datacenter D { grid G" + s + "pue 1.25" + s + "}\n" + "model M { architecture moe" + s
				+ "precision fp8" + s + "experts 256 routed 8" + s + "parameters 671B" + s + "}\n"
				+ "inference I { model M" + s + "on 1 x A" + s + "reasoning 600 .. 1100 .. 3000 tokens" + s + "}\n"
				+ "projection P { workload I" + s + "years 2025 to 2035" + s + "reasoning share 10 % -> 60 % midpoint 2028"
				+ s + "}\n" + "sweep S { workload I" + s + "vary batch in 1, 8" + s + "}\n");
		int n = 0;
		for (Declaration d : f.getDeclarations()) {
			for (Property p : ((NamedDeclaration) d).getProperties()) {
				assertEquals("s", p.getSource(), () -> p.eClass().getName());
				n++;
			}
		}
		assertEquals(19, n);
	}

	/** Bad input never throws, through parsing, linking and every validation rule. */
	@ParameterizedTest(name = "{index}: {0}")
	@ValueSource(strings = { "1e309", "-0", "NaN", "0 .. 0", "5 .. 1", "1e-400", "\u00e9\u00df\u4e2d", "\0",
			"\"unterminated", "/*", "{", "}", "..", "x x", "extends", "on 0 x", "batch 0", "pue 0.5", "mfu 1.7",
			"-700 W", "700 W/W", "import *", "\\", "1eV", "1.", ".5", "1...2", "-", "->", "training", "model M {",
			"inference I { model", "expect", "compare A with", "sweep S { vary", "projection P { years 2030 to" })
	void oddInputNeverThrows(String odd) throws Exception {
		String seed = java.nio.file.Files
				.readString(Energy.resources().resolve("acceptance/seed_87_percent.energy"));
		for (String text : List.of(odd, seed.replace("batch 8", "batch " + odd), seed.replace("150 tokens", odd),
				seed + "\n" + odd, seed.replace("}", odd + "}"))) {
			Energy.issues(text);
		}
	}
}
