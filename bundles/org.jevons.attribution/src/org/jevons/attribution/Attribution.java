package org.jevons.attribution;

import java.io.IOException;
import java.util.List;

import org.jevons.analysis.engine.Block;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.attribution.InputProblems.Kind;
import org.jevons.attribution.Usage.Role;

/**
 * Attributes a stream of logged requests: checks each row, maps it to a workload, gathers rows into blocks per
 * workload, lets the engine's inference kernel compute energy, carbon and water per request (nominal, then once
 * per Monte Carlo sample for the aggregates' percentiles), hands the requests on in log order and adds them to
 * their aggregate. Memory does not grow with the number of rows, only with the number of aggregates. One instance
 * per thread (or Spark partition); {@link Group#merge} and {@link InputProblems#merge} combine instances.
 */
public final class Attribution {
	private static final int ENERGY = 0, CARBON = 1, WATER = 2;
	/** J → Wh, kg → g, L → mL: per-request results are small. */
	private static final double[] PER_REQUEST_UNIT = { 1 / 3600.0, 1e3, 1e3 };

	private final Plan plan;
	private final RequestSink sink;
	private final Matcher matcher;
	private final WorkloadEvaluator[] evaluators;
	private final GroupKeys groups;
	private final InputProblems problems = new InputProblems();
	private final Requests batch = new Requests();
	private final int samples;
	private final boolean timed;
	private final int[] gathered = new int[Block.SIZE];
	private final double[] prompt = new double[Block.SIZE], reasoning = new double[Block.SIZE],
			answer = new double[Block.SIZE], carbon = new double[Block.SIZE];
	private final double[][] out = new double[WorkloadEvaluator.FIGURES.length][Block.SIZE];

	public Attribution(Plan plan, RequestSink sink) {
		this.plan = plan;
		this.sink = sink;
		this.samples = plan.samples();
		this.timed = plan.usage().column(Role.TIME).isPresent();
		List<Inference> workloads = plan.workloads();
		boolean carbonFromLog = plan.usage().column(Role.CARBON).isPresent();
		evaluators = workloads.stream()
				.map(w -> new WorkloadEvaluator(w, plan.samples(), plan.seed(), carbonFromLog))
				.toArray(WorkloadEvaluator[]::new);
		int[] targets = plan.usage().rules().stream().mapToInt(r -> indexOf(workloads, r.workload())).toArray();
		matcher = new Matcher(plan.usage().rules(), targets);
		groups = new GroupKeys(plan.by(), plan.extraColumns(), samples, evaluators.length);
	}

	private static int indexOf(List<Inference> workloads, Inference workload) {
		for (int i = 0; i < workloads.size(); i++) {
			if (workloads.get(i) == workload) {
				return i;
			}
		}
		throw new IllegalArgumentException("not a workload of the plan: " + workload.name());
	}

	/** Checks, maps and buffers one row; a full batch is evaluated and written. */
	public void accept(LogRow row) throws IOException {
		if (!valid(row)) {
			return;
		}
		int w = matcher.match(row.model, row.provider, row.region);
		if (w == Matcher.NONE) {
			problems.add(Kind.UNKNOWN_MODEL, row.source, row.row, () -> "no rule of usage " + plan.usage().name()
					+ " (" + origin() + ") maps " + describe(row));
			return;
		}
		int i = batch.size++;
		batch.source[i] = row.source;
		batch.row[i] = row.row;
		batch.time[i] = row.time;
		batch.model[i] = row.model;
		batch.workload[i] = evaluators[w].name;
		batch.workloadIndex[i] = w;
		batch.prompt[i] = row.prompt;
		batch.reasoning[i] = row.reasoning;
		batch.answer[i] = row.answer;
		batch.carbonIntensity[i] = row.carbon;
		batch.group[i] = groups.of(row, w, evaluators[w].name);
		batch.group[i].count(row.prompt, row.reasoning + row.answer);
		if (batch.size == Block.SIZE) {
			flush();
		}
	}

	private boolean valid(LogRow row) {
		if (Double.isNaN(row.prompt) || Double.isNaN(row.reasoning) || Double.isNaN(row.answer)) {
			problems.add(Kind.MALFORMED, row.source, row.row, () -> "a token count is missing or not a number");
			return false;
		}
		if (row.prompt < 0 || row.reasoning < 0 || row.answer < 0) {
			problems.add(Kind.NEGATIVE_TOKENS, row.source, row.row, () -> "negative token count (prompt "
					+ row.prompt + ", reasoning " + row.reasoning + ", answer " + row.answer + ")");
			return false;
		}
		if (timed && row.time == LogRow.NO_TIME) {
			problems.add(Kind.MALFORMED, row.source, row.row, () -> "the time is missing or not a timestamp");
			return false;
		}
		if (timed && (row.time < plan.from() || row.time >= plan.to())) {
			problems.add(Kind.TIME_OUT_OF_RANGE, row.source, row.row,
					() -> "time " + java.time.Instant.EPOCH.plusNanos(row.time * 1000) + " is outside "
							+ java.time.Instant.EPOCH.plusNanos(plan.from() * 1000) + " .. "
							+ java.time.Instant.EPOCH.plusNanos(plan.to() * 1000));
			return false;
		}
		return true;
	}

	private String origin() {
		var o = plan.usage().origin();
		return o.file() + ":" + o.line();
	}

	private static String describe(LogRow row) {
		return "model '" + row.model + "'" + (row.provider.isEmpty() ? "" : ", provider '" + row.provider + "'")
				+ (row.region.isEmpty() ? "" : ", region '" + row.region + "'");
	}

	/** Evaluates and writes what is buffered; call once after the last row. */
	public void finish() throws IOException {
		if (batch.size > 0) {
			flush();
		}
	}

	private void flush() throws IOException {
		for (int w = 0; w < evaluators.length; w++) {
			int n = gather(w);
			if (n == 0) {
				continue;
			}
			WorkloadEvaluator evaluator = evaluators[w];
			boolean uncertain = evaluator.isUncertain();
			evaluator.nominal(n, prompt, reasoning, answer, carbon, out);
			for (int k = 0; k < n; k++) {
				int i = gathered[k];
				Group group = batch.group[i];
				for (int f = 0; f < out.length; f++) {
					group.addNominal(f, out[f][k], uncertain);
				}
				batch.energyWh[i] = out[ENERGY][k] * PER_REQUEST_UNIT[ENERGY];
				batch.carbonG[i] = out[CARBON][k] * PER_REQUEST_UNIT[CARBON];
				batch.waterMl[i] = out[WATER][k] * PER_REQUEST_UNIT[WATER];
			}
			for (int s = 0; uncertain && s < samples; s++) {
				evaluator.sample(s, n, prompt, reasoning, answer, carbon, out);
				for (int k = 0; k < n; k++) {
					Group group = batch.group[gathered[k]];
					for (int f = 0; f < out.length; f++) {
						group.addSample(f, s, out[f][k]);
					}
				}
			}
		}
		sink.write(batch);
		batch.size = 0;
	}

	/** Copies the buffered rows of workload {@code w} into the kernel's input columns; returns how many. */
	private int gather(int w) {
		int n = 0;
		for (int i = 0; i < batch.size; i++) {
			if (batch.workloadIndex[i] == w) {
				gathered[n] = i;
				prompt[n] = batch.prompt[i];
				reasoning[n] = batch.reasoning[i];
				answer[n] = batch.answer[i];
				carbon[n] = batch.carbonIntensity[i];
				n++;
			}
		}
		return n;
	}

	public InputProblems problems() {
		return problems;
	}

	/** The aggregates, in order of first appearance. */
	public List<Group> groups() {
		return groups.groups();
	}

	/** Requests attributed so far (rows that passed the checks and map to a workload). */
	public long attributed() {
		return groups().stream().mapToLong(Group::requests).sum();
	}
}
