package org.jevons.dsl.tests;

/** A small valid world the validation tests add one mistake to. */
final class Fixtures {
	private Fixtures() {
	}

	static final String WORLD = """
			accelerator H100 { peak bf16 989 TFLOP/s  power 700 W  memory 80 GB  bandwidth 3.35 TB/s }
			node HGX { accelerators 8 x H100  host 1.6 kW }
			datacenter DC { pue 1.2  carbon 384 gCO2e/kWh }
			model M { architecture dense  parameters 70B  precision bf16 }
			model V3 { architecture moe  parameters 671B  active 37B  precision fp8 }
			inference I { model M  on 2 x H100 in DC  prompt 150 tokens  answer 500 tokens  batch 8  requests 1M /day }
			training T { model M  on 8 x H100 in DC  tokens 1T  mfu 0.4 }
			projection P { workload I  years 2025 to 2035  demand growth 30 %/year  efficiency gain 20 %/year  elasticity 0.6 .. 1.4  reference IEA_2025_base }
			""";

	/** The world with more declarations after it. */
	static String with(String more) {
		return WORLD + more + "\n";
	}
}
