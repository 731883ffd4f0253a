import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic request log for {@code jevons attribute}: OpenTelemetry GenAI attributes as CSV columns, one
 * request per row over the first 90 days of 2026, four models in two regions, three teams. With {@code --bad}, about
 * one row in 200 is broken on purpose (negative tokens, unknown model, text in a count, a time in 1999).
 * A single-file program (JEP 330): {@code java examples/attribution/GenerateLog.java ROWS OUT.csv [SEED] [--bad]}.
 */
public class GenerateLog {
	private static final String[] MODELS = { "llama-3.3-70b-instruct", "deepseek-r1-distill-llama-70b",
			"qwen3-30b-a3b", "llama-3.3-70b-instruct" };
	private static final String[] REGIONS = { "us-east-1", "us-east-1", "us-east-1", "eu-north-1" };
	private static final String[] TEAMS = { "search", "support", "research" };
	private static final long START = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
	private static final long SPAN = 90L * 86_400;

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java GenerateLog.java ROWS OUT.csv [SEED] [--bad]");
			System.exit(2);
		}
		long rows = Long.parseLong(args[0]);
		Path out = Path.of(args[1]);
		long seed = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : 1;
		boolean bad = java.util.Arrays.asList(args).contains("--bad");
		SplittableRandom random = new SplittableRandom(seed);
		try (BufferedWriter w = Files.newBufferedWriter(out)) {
			w.write("timestamp,gen_ai.system,gen_ai.request.model,cloud.region,team,gen_ai.usage.input_tokens,"
					+ "gen_ai.usage.reasoning_tokens,gen_ai.usage.output_tokens\n");
			for (long i = 0; i < rows; i++) {
				int m = random.nextInt(MODELS.length);
				long prompt = 20 + (long) (random.nextDouble() * random.nextDouble() * 4000);
				long reasoning = m == 1 ? 200 + random.nextInt(2800) : 0;
				long answer = 50 + random.nextInt(m == 2 ? 600 : 1200);
				String time = Instant.ofEpochSecond(START + i * SPAN / Math.max(1, rows)).toString();
				String model = MODELS[m];
				String tokens = String.valueOf(prompt);
				if (bad && random.nextInt(200) == 0) {
					switch (random.nextInt(4)) {
					case 0 -> tokens = "-" + prompt;
					case 1 -> model = "gpt-unknown";
					case 2 -> tokens = "n/a";
					default -> time = "1999-12-31T23:59:59Z";
					}
				}
				w.write(String.format(Locale.ROOT, "%s,vllm,%s,%s,%s,%s,%d,%d%n", time, model, REGIONS[m],
						TEAMS[random.nextInt(TEAMS.length)], tokens, reasoning, answer));
			}
		}
	}
}
