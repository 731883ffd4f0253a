package org.jevons.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.jevons.analysis.AnalysisRegistry;
import org.jevons.analysis.CoreAnalyses;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.cost.CostAnalysis;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Adoption;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Comparison;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Expectation;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Operator;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Specs.Per;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.analysis.spec.Specs.Sweep;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Specs.Vary;
import org.jevons.analysis.spec.Value;

/**
 * The acceptance cases seed_87_percent.energy and training_reported.energy as spec records (SI units, as the
 * EMF adapter produces them), plus a projection, a sweep, an uncertain priced training and a failing budget so
 * that every part of every report is exercised. One thread and a fixed seed: the output is the same every run.
 */
final class Studies {
	static final double KWH = 3.6e6, HOUR = 3600, DAY = 86_400;
	static final Settings SETTINGS = new Settings(2000, 42, 1);

	private Studies() {
	}

	static Optional<Value> o(double x) {
		return Optional.of(Value.of(x));
	}

	static Origin at(String file, int line) {
		return new Origin(file, line, 1);
	}

	static Accelerator accelerator(String name, Precision precision, double peak, Optional<Value> power,
			Optional<Value> idle, double memory, double bandwidth, Optional<Value> rental) {
		return new Accelerator(name, Map.of(precision, Value.of(peak)), power, idle, o(memory), o(bandwidth),
				Optional.empty(), Optional.empty(), rental);
	}

	static Datacenter datacenter(String name, double pue, Value gramsPerKwh, Optional<Value> price) {
		return new Datacenter(name, o(pue), Optional.of(gramsPerKwh.times(1e-3 / KWH)), Optional.empty(),
				Optional.empty(), price);
	}

	static Model dense(String name, double parameters, Precision precision) {
		return new Model(name, Architecture.DENSE, Value.of(parameters), Value.of(parameters), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), precision, Optional.empty());
	}

	static Inference chat(String name, int line, Model model, Deployment on, double reasoning, double answer) {
		return new Inference(name, at("seed_87_percent.energy", line), model, on, Precision.BF16, Value.of(150),
				Value.of(reasoning), Value.of(answer), Value.of(8), o(1e6 / DAY), o(2.0), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty());
	}

	/** seed_87_percent.energy, with a projection of R1_chat, a sweep of its reasoning length and energy per token and two budgets (the second fails). */
	static Study seed() {
		String file = "seed_87_percent.energy";
		Accelerator h100 = accelerator("H100", Precision.BF16, 989e12, o(700), o(70), 80e9, 3.35e12, Optional.empty());
		Deployment lab = new Deployment(Value.of(1), h100, Optional.empty(),
				Optional.of(datacenter("Lab", 1.0, Value.of(384), Optional.empty())));
		Model llama = dense("Llama_3_3_70B", 70.6e9, Precision.BF16);
		Model r1 = dense("R1_Distill_70B", 70.6e9, Precision.BF16);
		Inference llamaChat = chat("Llama_chat", 17, llama, lab, 0, 880);
		Inference r1Chat = chat("R1_chat", 27, r1, lab, 1100, 550);
		Projection projection = new Projection("Reasoning_everywhere", at(file, 42), r1Chat, 2025, 2035,
				Value.uniform(0.25, 0.35).withSource("demand scenario <assumed>"), Value.of(0.2), Value.of(1.5),
				Optional.of(new Adoption(Value.of(0.1), Value.of(0.9), Optional.of(Value.of(2030)))));
		Sweep sweep = new Sweep("Reasoning_length", at(file, 50), r1Chat,
				List.of(new Vary("reasoning", new double[] { 0, 1000, 2000, 4000 }, "tokens"),
						new Vary("energy", new double[] { 1.5, 2.0, 3.0 }, "J")));
		List<Expectation> expectations = List.of(
				new Expectation(at(file, 39), "expect R1_chat energy per request <= 1 Wh", "R1_chat",
						"energy per request", OptionalInt.empty(), Operator.LE, 1 * HOUR),
				new Expectation(at(file, 40), "expect Reasoning_everywhere energy in 2035 <= 10 GWh",
						"Reasoning_everywhere", "energy in", OptionalInt.of(2035), Operator.LE, 10e9 * HOUR));
		return new Study(List.of(), List.of(llamaChat, r1Chat),
				List.of(new Comparison(at(file, 37), r1Chat, llamaChat, Per.REQUEST)), List.of(projection),
				List.of(sweep), expectations);
	}

	/** training_reported.energy, plus V3_uncertain: an uncertain MFU and a rental price (cost, tornado). */
	static Study training() {
		String file = "training_reported.energy";
		Accelerator v100 = accelerator("V100", Precision.FP16, 125e12, o(300), Optional.empty(), 32e9, 0.9e12,
				Optional.empty());
		Accelerator tpu = accelerator("TPUv3", Precision.BF16, 123e12, Optional.empty(), Optional.empty(), 32e9,
				0.9e12, Optional.empty());
		Accelerator a100 = accelerator("A100", Precision.BF16, 312e12, o(400), Optional.empty(), 80e9, 2.039e12,
				Optional.empty());
		Accelerator h800 = accelerator("H800", Precision.BF16, 989e12, o(700), Optional.empty(), 80e9, 3.35e12,
				o(2.0 / HOUR));
		Datacenter azure = datacenter("Azure_2020", 1.1, Value.of(429), Optional.empty());
		Datacenter google = datacenter("Google_T5", 1.12, Value.of(545), Optional.empty());
		Datacenter meta = datacenter("Meta_RSC", 1.0, Value.of(423.5), Optional.empty());
		Datacenter dc = datacenter("DC", 1.2, Value.triangular(300, 560, 700).withSource("IEA 2024, China grid"),
				Optional.of(Value.of(0.08 / KWH)));
		Training gpt3 = new Training("GPT3", at(file, 15), dense("GPT3_175B", 175e9, Precision.FP16),
				new Deployment(Value.of(10000), v100, Optional.empty(), Optional.of(azure)), Precision.FP16,
				Optional.empty(), Optional.empty(), o(14.8 * DAY), Optional.empty(),
				Optional.of(Value.of(330).withSource("Patterson et al. 2021, Table 4")), o(3.14e23));
		Training t5 = new Training("T5", at(file, 23), dense("T5_11B", 11e9, Precision.BF16),
				new Deployment(Value.of(512), tpu, Optional.empty(), Optional.of(google)), Precision.BF16,
				Optional.empty(), Optional.empty(), o(20 * DAY), Optional.empty(), o(310), Optional.empty());
		Training llama = new Training("Llama2_70B", at(file, 30), dense("Llama_2_70B", 70e9, Precision.BF16),
				new Deployment(Value.of(2048), a100, Optional.empty(), Optional.of(meta)), Precision.BF16,
				Optional.empty(), Optional.empty(), Optional.empty(), o(1_720_320 * HOUR),
				Optional.of(Value.of(400).withSource("Llama 2 model card: TDP used")), Optional.empty());
		Model v3 = new Model("DeepSeek_V3", Architecture.MOE, Value.of(671e9), Value.of(37e9), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), Precision.BF16, Optional.empty());
		Training uncertain = new Training("V3_uncertain", at("training_predicted.energy", 12), v3,
				new Deployment(Value.of(2048), h800, Optional.empty(), Optional.of(dc)), Precision.BF16,
				Optional.of(Value.of(14.8e12)), Optional.of(Value.uniform(0.30, 0.40).withSource("DeepSeek-V3 report")),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
		List<Expectation> expectations = List.of(new Expectation(at(file, 40), "expect GPT3 carbon <= 600 tCO2e",
				"GPT3", "carbon", OptionalInt.empty(), Operator.LE, 600e3));
		return new Study(List.of(gpt3, t5, llama, uncertain), List.of(),
				List.of(new Comparison(at(file, 38), gpt3, llama, Per.REQUEST)), List.of(), List.of(), expectations);
	}

	/** The core analyses and the cost plugin, registered explicitly (no ServiceLoader in a test fragment). */
	static StudyResult analyze(Study study) {
		AnalysisRegistry registry = CoreAnalyses.registry().register(new CostAnalysis());
		return new StudyAnalysis(registry).run(study, SETTINGS);
	}

	static ReportContext context(String... files) {
		return new ReportContext(List.of(files), SETTINGS, false, List.of());
	}
}
