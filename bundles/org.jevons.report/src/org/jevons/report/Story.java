package org.jevons.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.Decomposition;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.StudyResult;

/**
 * The headlines: each comparison and projection in one sentence a journalist could quote, and the verdict of
 * the expectations. Numbers are nominal, with the 90 % range of the main ratio when it is uncertain.
 */
public final class Story {
	private Story() {
	}

	public static List<String> headlines(StudyResult result) {
		List<String> lines = new ArrayList<>();
		result.comparisons().forEach(c -> comparison(c, Scope.comparesTrainings(c, result)).ifPresent(lines::add));
		result.projections().forEach(p -> projection(p).ifPresent(lines::add));
		expectations(result.expectations()).ifPresent(lines::add);
		return lines;
	}

	/** "R1_chat uses 1.87× the energy per request of Llama_chat (+87 %): 1.88× the tokens per request at 1.00× …". */
	public static Optional<String> comparison(ComparisonResult c, boolean training) {
		Optional<Figure> ratio = c.figure("ratio");
		if (ratio.isEmpty()) {
			return Optional.empty();
		}
		String metric = training ? "energy" : switch (c.per()) {
		case REQUEST -> "energy per request";
		case TOKEN -> "energy per token";
		case YEAR -> "energy per year";
		};
		double r = ratio.get().nominal();
		StringBuilder s = new StringBuilder(c.left()).append(" uses ").append(Human.sig(r)).append("× the ")
				.append(metric).append(" of ").append(c.right()).append(" (").append(percent(r)).append(')');
		ratio.get().estimate().percentiles().filter(p -> !Human.sig(p.p05()).equals(Human.sig(p.p95())))
				.ifPresent(p -> s.append(", 90 % range ").append(Human.sig(p.p05())).append("×–")
						.append(Human.sig(p.p95())).append('×'));
		String first = training ? "flops_ratio" : "token_ratio";
		String second = training ? "energy_per_flop_ratio" : "per_token_ratio";
		Optional<Figure> a = c.figure(first);
		Optional<Figure> b = c.figure(second);
		if (a.isPresent() && b.isPresent() && c.per() != org.jevons.analysis.spec.Specs.Per.TOKEN) {
			s.append(": ").append(Human.sig(a.get().nominal())).append(training ? "× the compute" : "× the tokens per request")
					.append(" at ").append(Human.sig(b.get().nominal()))
					.append(training ? "× the energy per FLOP" : "× the energy per token");
		}
		return Optional.of(s.append('.').toString());
	}

	/** "Reasoning_everywhere: energy 2025 → 2035 ×42 (backfire: …; break-even elasticity 1.0)". */
	public static Optional<String> projection(ProjectionResult p) {
		if (p.energy().isEmpty() || p.years().isEmpty()) {
			return Optional.empty();
		}
		StringBuilder s = new StringBuilder(p.name()).append(": energy ").append(p.years().get(0)).append(" → ")
				.append(p.years().get(p.years().size() - 1)).append(" ×").append(Human.trimmed(p.growth(), 3));
		List<String> notes = new ArrayList<>();
		Optional<Figure> rebound = p.figure("rebound");
		if (p.backfire()) {
			notes.add("backfire: efficiency gains raise total energy");
		} else {
			rebound.ifPresent(r -> notes.add("rebound " + Human.sig(r.nominal(), 2) + ": "
					+ Human.trimmed(Math.max(0, r.nominal()) * 100, 2) + " % of the efficiency savings taken back"));
		}
		p.figure("break_even_elasticity").ifPresent(b -> notes.add("break-even elasticity " + Human.sig(b.nominal(), 2)));
		if (rebound.isPresent() && p.figure("break_even_elasticity").isEmpty()) {
			notes.add("no elasticity breaks even: saturation caps the demand response");
		}
		p.figure("backfire_probability")
				.ifPresent(f -> notes.add("probability of backfire " + Human.trimmed(f.nominal() * 100, 2) + " %"));
		p.decomposition("energy").flatMap(Decomposition::biggest)
				.ifPresent(e -> notes.add("biggest driver: " + e.label().toLowerCase(java.util.Locale.ROOT) + " "
						+ (e.value() >= 0 ? "+" : "−") + Human.format("energy", Dimension.ENERGY, Math.abs(e.value()))
						+ " a year"));
		p.figure("deviation").ifPresent(f -> notes.add(Human.trimmed(f.nominal() * 100, 2) + " % from "
				+ p.reference().map(r -> r.title()).orElse("the reference") + " at most"));
		if (!notes.isEmpty()) {
			s.append(" (").append(String.join("; ", notes)).append(')');
		}
		return Optional.of(s.toString());
	}

	public static Optional<String> expectations(List<ExpectationResult> expectations) {
		if (expectations.isEmpty()) {
			return Optional.empty();
		}
		long passed = expectations.stream().filter(ExpectationResult::passed).count();
		String s = passed + " of " + expectations.size() + " expectation" + (expectations.size() == 1 ? "" : "s")
				+ (passed == expectations.size() ? " met." : " met; failed: "
						+ String.join("; ", expectations.stream().filter(e -> !e.passed()).map(Story::failure).toList())
						+ ".");
		return Optional.of(s);
	}

	private static String failure(ExpectationResult e) {
		return Human.actualAndLimit(e)
				.map(v -> e.name() + " (actual " + v[0] + ", limit " + v[1] + ")").orElse(e.name() + " (not computed)");
	}

	/** +87 %, −13 %. */
	static String percent(double ratio) {
		double p = (ratio - 1) * 100;
		String n = Math.abs(p) >= 10 ? String.valueOf(Math.round(Math.abs(p))) : Human.trimmed(Math.abs(p), 2);
		return (p >= 0 ? "+" : "−") + n + " %";
	}
}
