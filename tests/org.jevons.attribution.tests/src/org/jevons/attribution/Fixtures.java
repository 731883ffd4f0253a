package org.jevons.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jevons.attribution.load.UsageBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;

/**
 * A small study with a usage mapping. {@code Chat} has only fixed inputs and a hand-derivable energy:
 * prefill 2·70e9·prompt / (1000e12 · 0.5) s at 700 W = 0.196 J per prompt token; decode 2 J per output token;
 * PUE 1.2. {@code Fuzzy} has an uncertain energy per token, so its aggregates have percentiles.
 */
public final class Fixtures {
	static final String STUDY = """
			accelerator Acc { peak bf16 1000 TFLOP/s  power 700 W  bandwidth 3 TB/s  memory 192 GB }
			datacenter DC { pue 1.2  carbon 0.4 kgCO2e/kWh  wue 0.5 L/kWh }
			model M { parameters 70B }
			inference Chat { model M  on 1 x Acc in DC  prompt 100 tokens  answer 400 tokens
			                 mfu 0.5  average power 700 W  energy 2 J/token }
			inference Fuzzy extends Chat { energy 1.5 .. 2 .. 3 J/token }
			usage Logs {
			    column time "ts"
			    column model "gen_ai.request.model"
			    column prompt "gen_ai.usage.input_tokens"
			    column reasoning "reasoning_tokens"
			    column answer "gen_ai.usage.output_tokens"
			    map model "chat-*" -> Chat
			    map model "fuzzy" -> Fuzzy
			}
			""";
	public static final String HEADER = "ts,gen_ai.request.model,gen_ai.usage.input_tokens,reasoning_tokens,"
			+ "gen_ai.usage.output_tokens,team\n";

	private Fixtures() {
	}

	/** The study's usage mapping, loaded and resolved like {@code jevons attribute} does. */
	public static Usage usage(Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("study.energy"), STUDY);
		EnergyWorkspace workspace = EnergyWorkspace.load(List.of(file));
		if (workspace.validate().stream().anyMatch(p -> p.isError())) {
			throw new AssertionError(workspace.validate());
		}
		return UsageBuilder.build(workspace.files()).get(0);
	}

	public static Plan plan(Usage usage, int samples, String... by) {
		return new Plan(usage, samples, 42, Plan.defaultFrom(), Plan.defaultTo(), List.of(by));
	}

	static LogRow row(long number, String model, double prompt, double reasoning, double answer) {
		LogRow row = new LogRow();
		row.source = "log.csv";
		row.row = number;
		row.time = 1_767_225_600_000_000L; // 2026-01-01T00:00Z
		row.model = model;
		row.prompt = prompt;
		row.reasoning = reasoning;
		row.answer = answer;
		return row;
	}
}
