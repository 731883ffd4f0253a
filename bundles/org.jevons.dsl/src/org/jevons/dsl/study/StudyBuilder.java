package org.jevons.dsl.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jevons.analysis.spec.Specs;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Expectation;
import org.jevons.analysis.spec.Specs.Lifecycle;
import org.jevons.analysis.spec.Specs.Operator;
import org.jevons.analysis.spec.Specs.Per;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.analysis.spec.Specs.Upstream;
import org.jevons.analysis.spec.Specs.Workload;
import org.jevons.analysis.spec.Value;
import org.jevons.model.energy.ArchitectureProperty;
import org.jevons.model.energy.Compare;
import org.jevons.model.energy.Declaration;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.Expect;
import org.jevons.model.energy.ExpertsProperty;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.Model;
import org.jevons.model.energy.ModelRef;
import org.jevons.model.energy.OnProperty;
import org.jevons.model.energy.PrecisionProperty;
import org.jevons.model.energy.Projection;
import org.jevons.model.energy.Sweep;
import org.jevons.model.energy.Training;
import org.jevons.model.energy.UpstreamProperty;
import org.jevons.model.energy.WeightsProperty;

/**
 * Builds the analyses' input ({@link Study}) from parsed and linked files. A declaration that lacks what its
 * analysis needs (a model, where it runs, a resolvable reference) is left out: the validator has reported it.
 */
public final class StudyBuilder {

	private final Map<Training, Optional<Specs.Training>> trainings = new HashMap<>();
	private final Map<Inference, Optional<Specs.Inference>> inferences = new HashMap<>();

	private StudyBuilder() {
	}

	public static Study build(List<EnergyFile> files) {
		StudyBuilder b = new StudyBuilder();
		List<Specs.Training> trainings = new ArrayList<>();
		List<Specs.Inference> inferences = new ArrayList<>();
		List<Specs.Comparison> comparisons = new ArrayList<>();
		List<Specs.Projection> projections = new ArrayList<>();
		List<Specs.Sweep> sweeps = new ArrayList<>();
		List<Expectation> expectations = new ArrayList<>();
		for (EnergyFile file : files) {
			for (Declaration d : file.getDeclarations()) {
				if (d instanceof Training t) {
					b.training(t).ifPresent(trainings::add);
				} else if (d instanceof Inference i) {
					b.inference(i).ifPresent(inferences::add);
				} else if (d instanceof Compare c) {
					b.comparison(c).ifPresent(comparisons::add);
				} else if (d instanceof Projection p) {
					b.projection(p).ifPresent(projections::add);
				} else if (d instanceof Sweep s) {
					SweepBuilder.sweep(s, b::workload).ifPresent(sweeps::add);
				} else if (d instanceof Expect e) {
					expectation(e).ifPresent(expectations::add);
				}
			}
		}
		return new Study(trainings, inferences, comparisons, projections, sweeps, expectations);
	}

	Optional<Workload> workload(org.jevons.model.energy.Workload w) {
		if (w instanceof Training t) {
			return training(t).map(Workload.class::cast);
		}
		if (w instanceof Inference i) {
			return inference(i).map(Workload.class::cast);
		}
		return Optional.empty();
	}

	private Optional<Specs.Training> training(Training t) {
		return trainings.computeIfAbsent(t, this::buildTraining);
	}

	private Optional<Specs.Inference> inference(Inference i) {
		return inferences.computeIfAbsent(i, this::buildInference);
	}

	private Optional<Specs.Training> buildTraining(Training t) {
		Declarations d = Declarations.of(t);
		Optional<Specs.Model> model = model(d);
		Optional<Specs.Deployment> on = d.property(OnProperty.class).flatMap(HardwareBuilder::deployment);
		if (model.isEmpty() || on.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Specs.Training(HardwareBuilder.name(t.getName()), Declarations.origin(t), model.get(),
				on.get(), precision(d, model.get()), d.quantity("tokens"), d.quantity("mfu"), d.quantity("duration"),
				d.quantity("accelerator-hours"), d.quantity("average power"), d.quantity("flops"),
				d.quantity("context"), new Lifecycle(d.quantity("host share"), d.quantity("reserve"),
						d.quantity("development"), Optional.empty())));
	}

	private Optional<Specs.Inference> buildInference(Inference i) {
		Declarations d = Declarations.of(i);
		Optional<Specs.Model> model = model(d);
		Optional<Specs.Deployment> on = d.property(OnProperty.class).flatMap(HardwareBuilder::deployment);
		if (model.isEmpty() || on.isEmpty()) {
			return Optional.empty();
		}
		Precision compute = precision(d, model.get());
		Precision weights = d.property(WeightsProperty.class).map(WeightsProperty::getPrecision)
				.map(p -> Precision.valueOf(p.name().toUpperCase())).orElse(compute);
		return Optional.of(new Specs.Inference(HardwareBuilder.name(i.getName()), Declarations.origin(i),
				model.get(), on.get(), compute, d.quantity("prompt").orElse(Value.of(0)),
				d.quantity("reasoning").orElse(Value.of(0)), d.quantity("answer").orElse(Value.of(0)),
				d.quantity("batch"), d.quantity("requests"), d.quantity("energy"), d.quantity("mfu"),
				d.quantity("mbu"), d.quantity("average power"), d.quantity("context"), weights,
				d.quantity("latency"), new Lifecycle(d.quantity("host share"), d.quantity("reserve"), Optional.empty(),
						d.property(UpstreamProperty.class).flatMap(this::upstream))));
	}

	/** {@code training T over N requests | over a service life}; the unit tells which. */
	private Optional<Upstream> upstream(UpstreamProperty p) {
		if (p.getTraining() == null || p.getTraining().eIsProxy() || p.getOver() == null) {
			return Optional.empty();
		}
		boolean lifetime = org.jevons.dsl.model.Quantities.unit(p.getOver())
				.map(u -> u.dimension().equals(org.jevons.model.units.Dimension.TIME)).orElse(false);
		return training(p.getTraining())
				.flatMap(t -> Quantities.value(p.getOver(), p).map(over -> new Upstream(t, over, lifetime)));
	}

	private static Precision precision(Declarations d, Specs.Model model) {
		return d.property(PrecisionProperty.class).map(PrecisionProperty::getPrecision)
				.map(p -> Precision.valueOf(p.name().toUpperCase())).orElse(model.precision());
	}

	private static Optional<Specs.Model> model(Declarations workload) {
		return workload.property(ModelRef.class).map(ModelRef::getModel).filter(m -> m != null && !m.eIsProxy())
				.flatMap(StudyBuilder::model);
	}

	static Optional<Specs.Model> model(Model m) {
		Declarations d = Declarations.of(m);
		Optional<Value> parameters = d.quantity("parameters");
		if (parameters.isEmpty()) {
			return Optional.empty();
		}
		Architecture architecture = d.property(ArchitectureProperty.class).map(ArchitectureProperty::getArchitecture)
				.map(a -> Architecture.valueOf(a.name().toUpperCase())).orElse(Architecture.DENSE);
		Optional<ExpertsProperty> experts = d.property(ExpertsProperty.class);
		Precision precision = d.property(PrecisionProperty.class).map(PrecisionProperty::getPrecision)
				.map(p -> Precision.valueOf(p.name().toUpperCase())).orElse(Precision.BF16);
		return Optional.of(new Specs.Model(HardwareBuilder.name(m.getName()), architecture, parameters.get(),
				d.quantity("active").orElse(parameters.get()),
				experts.flatMap(e -> e.getTotal() == null ? Optional.empty() : Quantities.value(e.getTotal(), e)),
				experts.flatMap(e -> e.getRouted() == null ? Optional.empty() : Quantities.value(e.getRouted(), e)),
				d.quantity("layers"), d.quantity("kv"), precision, d.quantity("context"),
				new Specs.Shape(d.quantity("hidden"), d.quantity("attention layers"), d.quantity("attention width"),
						d.quantity("window"), d.quantity("local share"), d.quantity("state"))));
	}

	private Optional<Specs.Comparison> comparison(Compare c) {
		if (c.getLeft() == null || c.getRight() == null) {
			return Optional.empty();
		}
		Optional<Workload> left = workload(c.getLeft());
		Optional<Workload> right = workload(c.getRight());
		if (left.isEmpty() || right.isEmpty()) {
			return Optional.empty();
		}
		Per per = switch (c.getPer() == null ? "request" : c.getPer()) {
		case "token" -> Per.TOKEN;
		case "year" -> Per.YEAR;
		default -> Per.REQUEST;
		};
		Specs.At at = switch (c.getBoundary() == null ? "facility" : c.getBoundary()) {
		case "accelerators" -> Specs.At.ACCELERATORS;
		case "lifecycle" -> Specs.At.LIFECYCLE;
		default -> Specs.At.FACILITY;
		};
		return Optional.of(new Specs.Comparison(Declarations.origin(c), left.get(), right.get(), per, at));
	}

	private Optional<Specs.Projection> projection(Projection p) {
		return ProjectionBuilder.projection(p, w -> w instanceof Inference i ? inference(i) : Optional.empty());
	}

	private static Optional<Expectation> expectation(Expect e) {
		if (e.getTarget() == null || e.getTarget().eIsProxy() || e.getMetric() == null || e.getBound() == null
				|| e.getOp() == null) {
			return Optional.empty();
		}
		Optional<Double> limit = Quantities.nominal(e.getBound());
		if (limit.isEmpty()) {
			return Optional.empty();
		}
		OptionalInt year = e.getYear() == null ? OptionalInt.empty()
				: Quantities.nominal(e.getYear()).map(y -> OptionalInt.of((int) Math.round(y))).orElse(OptionalInt.empty());
		String metric = e.getMetric() + (e.getPer() == null ? "" : " per " + e.getPer())
				+ (year.isPresent() ? " in" : "");
		Operator operator = switch (e.getOp()) {
		case LE -> Operator.LE;
		case LT -> Operator.LT;
		case GE -> Operator.GE;
		case GT -> Operator.GT;
		};
		return Optional.of(new Expectation(Declarations.origin(e), text(e), HardwareBuilder.name(e.getTarget().getName()),
				metric, year, operator, limit.get()));
	}

	/** The statement as written, without the keyword: {@code R1_chat energy per request <= 5 Wh}. */
	static String text(Expect e) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
		String text = node == null ? "" : NodeModelUtils.getTokenText(node);
		return text.startsWith("expect ") ? text.substring("expect ".length()) : text;
	}
}
