package org.jevons.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.Problem;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.dsl.study.LibraryAccelerators;
import org.junit.jupiter.api.Test;

class MeasurementReaderTest {
	static final String HEADER = "task,model,total_params_B,active_params_B,architecture,gpu,num_gpus,precision,"
			+ "batch,avg_output_tokens,energy_per_token_J";

	@Test
	void rowsBecomeSiMeasurementsWithLibraryAcceleratorsAndSideTableFacts() {
		MeasurementReader.Readout readout = MeasurementReader.read("m.csv", HEADER + ",kv_heads\n"
				+ "gpqa,Qwen/Qwen3-8B,8,8,dense,H100,1,bf16,64,2000,0.25,4\n"
				+ "lm-arena-chat,openai/gpt-oss-20b,21,4,moe,B200,1,mxfp4,8,500,0.3,\n", LibraryAccelerators::named,
				CalibrationData.facts());
		assertEquals(List.of(), readout.problems());
		Measurement qwen = readout.measurements().get(0);
		assertEquals("H100_SXM", qwen.accelerator().name());
		assertEquals(8e9, qwen.parameters());
		assertEquals(Precision.BF16, qwen.precision());
		assertEquals(250.0, qwen.prompt(), "the assumed GPQA prompt");
		assertEquals(4.0, qwen.facts().kvHeads().getAsDouble(), "the row's own column wins");
		assertEquals(36.0, qwen.facts().layers().getAsDouble(), "the side table fills the rest");
		assertEquals("qwen", qwen.family());
		Measurement oss = readout.measurements().get(1);
		assertEquals(Architecture.MOE, oss.architecture());
		assertEquals(Precision.BF16, oss.precision(), "mxfp4: bf16 arithmetic");
		assertEquals(Precision.FP4, oss.weights(), "mxfp4: 4-bit weights");
		assertEquals(500.0, oss.prompt(), "the assumed LM-Arena prompt");
		assertEquals("gpt-oss", oss.family());
	}

	@Test
	void familiesAndBaseModelsForHoldingOut() {
		assertEquals("llama", MeasurementReader.familyOf("meta-llama/Llama-4-Scout-17B-16E-Instruct"));
		assertEquals("gemma", MeasurementReader.familyOf("google/gemma-3-27b-it"));
		assertEquals("nemotron-nano", MeasurementReader.familyOf("nvidia/NVIDIA-Nemotron-Nano-9B-v2"));
		Measurement m = CalibrationData.measurements().stream()
				.filter(x -> x.model().equals("Qwen/Qwen3-235B-A22B-Thinking-2507-FP8")).findFirst().orElseThrow();
		assertEquals("Qwen/Qwen3-235B-A22B", m.baseModel());
	}

	@Test
	void kvBytesPerTokenFromTheArchitecture() {
		Map<String, ModelFacts> facts = CalibrationData.facts();
		// Qwen3-8B: 2 (K and V) · 36 layers · 8 KV heads · 128 · 2 bytes
		assertEquals(147_456.0, facts.get("Qwen/Qwen3-8B").kvBytesPerToken(2).getAsDouble());
		// gemma-3-12b: all 48 blocks hold a cache; 40 of them (5 of 6) only over the 1024-token window
		ModelFacts gemma = facts.get("google/gemma-3-12b-it");
		assertEquals(48 * 8 * 256 * 4.0, gemma.kvBytesPerToken(2).getAsDouble());
		assertEquals(40 / 48.0, gemma.localShare().getAsDouble(), 1e-15);
		assertEquals(16 * 256.0, gemma.attentionWidth().getAsDouble());
		// Nemotron Nano 9B v2: only its 4 attention blocks of 56 hold a KV cache
		ModelFacts nemotron = facts.get("nvidia/NVIDIA-Nemotron-Nano-9B-v2");
		assertEquals(4 * 8 * 128 * 4.0, nemotron.kvBytesPerToken(2).getAsDouble());
		assertEquals(72_769_536.0, nemotron.state().getAsDouble());
	}

	@Test
	void anAcceleratorWithoutAPeakAtThePrecisionCannotBePredicted() {
		MeasurementReader.Readout readout = MeasurementReader.read("m.csv", HEADER + "\n"
				+ "gpqa,Qwen/Qwen3-8B,8,8,dense,H100,1,fp4,64,2000,0.25\n", LibraryAccelerators::named, Map.of());
		assertEquals(List.of(Problem.error(new Origin("m.csv", 2, 37),
				"H100_SXM states no fp4 peak (or a same-width one): the engine cannot predict this row")),
				readout.problems());
		assertEquals(List.of(), readout.measurements());
	}

	@Test
	void aRowWithoutPromptOrKnownTaskIsWarnedAbout() {
		MeasurementReader.Readout readout = MeasurementReader.read("m.csv", HEADER + "\n"
				+ "summarise,Qwen/Qwen3-8B,8,8,dense,B200,1,bf16,64,2000,0.25\n", LibraryAccelerators::named,
				Map.of());
		assertEquals(List.of(Problem.warning(new Origin("m.csv", 2, 11),
				"no prompt_tokens and no known task: prefill is not counted for this row")), readout.problems());
		assertEquals(Optional.of(0.0), readout.measurements().stream().map(Measurement::prompt).findFirst());
	}
}
