package org.jevons.dsl.ide.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Problem;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.spec.Specs.Per;
import org.jevons.model.energy.Compare;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Projection;
import org.jevons.model.energy.Training;
import org.jevons.report.Human;

/** The short texts of computed figures shown by code lenses and hovers, one per analysed declaration. */
public final class Headlines {

	private Headlines() {
	}

	/** Whether the declaration is one whose figures are headlined (training, inference, projection, compare). */
	public static boolean isAnalysed(EObject declaration) {
		return declaration instanceof Training || declaration instanceof Inference
				|| declaration instanceof Projection || declaration instanceof Compare;
	}

	/** The result computed for a declaration: by simple name, comparisons by their two sides. */
	public static Optional<AnalysisResult> resultFor(StudyResult study, EObject declaration) {
		if (declaration instanceof Compare compare) {
			Optional<String> left = nameOf(compare.getLeft());
			Optional<String> right = nameOf(compare.getRight());
			if (left.isEmpty() || right.isEmpty()) {
				return Optional.empty();
			}
			Per per = per(compare);
			return study.comparisons().stream()
					.filter(c -> c.left().equals(left.get()) && c.right().equals(right.get()))
					.sorted((a, b) -> Boolean.compare(b.per() == per, a.per() == per))
					.map(AnalysisResult.class::cast).findFirst();
		}
		return declaration instanceof NamedDeclaration named && named.getName() != null
				? study.find(named.getName())
				: Optional.empty();
	}

	/** The headline of a declaration's result, e.g. "≈ 0.93 Wh per request · 339 MWh/year", or why there is none. */
	public static String headline(EObject declaration, AnalysisResult result) {
		List<String> parts = new ArrayList<>();
		if (result instanceof ComparisonResult comparison) {
			figure(result, "ratio").ifPresent(r -> parts.add(Human.trimmed(r.nominal(), 3) + "× energy"
					+ (comparison.per() == null || declaration instanceof Compare c && c.getLeft() instanceof Training ? ""
							: perText(comparison.per()))));
		} else if (result instanceof ProjectionResult projection) {
			figure(result, "rebound").ifPresent(r -> parts.add("rebound " + Human.trimmed(r.nominal(), 3)
					+ (projection.backfire() ? " (backfire)" : "")));
			if (!projection.energy().isEmpty()) {
				int last = projection.years().size() - 1;
				parts.add(Human.format("energy", Dimension.ENERGY, projection.energy().get(last).nominal()) + " in "
						+ projection.years().get(last));
			}
		} else if (declaration instanceof Inference) {
			figure(result, "energy_per_request").ifPresent(f -> parts.add("≈ " + value(f) + " per request"));
			figure(result, "annual_energy").ifPresent(f -> parts.add(value(f) + "/year"));
		} else {
			figure(result, "energy").ifPresent(f -> parts.add("≈ " + value(f)));
			figure(result, "carbon").ifPresent(f -> parts.add(value(f)));
			figure(result, "accelerator_hours").ifPresent(f -> parts.add(value(f) + " accelerator time"));
		}
		if (parts.isEmpty()) {
			parts.add(result.figures().isEmpty() ? firstError(result).orElse("no figures")
					: result.figures().get(0).label() + " " + value(result.figures().get(0)));
		}
		return String.join(" · ", parts);
	}

	/** Every figure of a result, one line each, as every view shows it: "Energy: 1.23 [1.10–1.40] GWh". */
	public static List<String> figureLines(AnalysisResult result) {
		return result.figures().stream()
				.filter(f -> !f.key().contains("@")) // per-year series of projections: too long for a hover
				.map(f -> f.label() + ": " + Human.format(f)).toList();
	}

	/** The result's errors and warnings, as texts. */
	public static List<String> problemLines(AnalysisResult result) {
		return result.problems().stream().filter(p -> p.severity() != Problem.Severity.INFO)
				.map(p -> p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.message()).toList();
	}

	private static Optional<String> firstError(AnalysisResult result) {
		return result.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::message)
				.findFirst();
	}

	private static Optional<Figure> figure(AnalysisResult result, String key) {
		return result.figure(key).filter(f -> Double.isFinite(f.nominal()));
	}

	private static String value(Figure f) {
		return Human.format(f.key(), f.dimension(), f.nominal());
	}

	private static Optional<String> nameOf(EObject workload) {
		return workload instanceof NamedDeclaration named && !workload.eIsProxy() && named.getName() != null
				? Optional.of(named.getName())
				: Optional.empty();
	}

	private static Per per(Compare compare) {
		String per = compare.getPer() == null ? "request" : compare.getPer();
		return switch (per) {
		case "token", "tokens" -> Per.TOKEN;
		case "year", "years" -> Per.YEAR;
		default -> Per.REQUEST;
		};
	}

	private static String perText(Per per) {
		return switch (per) {
		case REQUEST -> " per request";
		case TOKEN -> " per token";
		case YEAR -> " per year";
		};
	}
}
