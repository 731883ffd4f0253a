package org.jevons.dsl.validation;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.xtext.validation.Check;
import org.jevons.dsl.model.EffectiveProperties;
import org.jevons.dsl.model.Quantities;
import org.jevons.model.energy.Accelerator;
import org.jevons.model.energy.AcceleratorsProperty;
import org.jevons.model.energy.Architecture;
import org.jevons.model.energy.ArchitectureProperty;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.Hardware;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.Model;
import org.jevons.model.energy.ModelRef;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Node;
import org.jevons.model.energy.OnProperty;
import org.jevons.model.energy.Precision;
import org.jevons.model.energy.PrecisionProperty;
import org.jevons.model.energy.WeightsProperty;
import org.jevons.model.energy.Projection;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.energy.Sweep;
import org.jevons.model.energy.Training;

/**
 * Properties a declaration cannot do without (given in it or in a parent), and whether a served model fits in its
 * deployment's memory.
 */
public class RequiredValidator extends AbstractEnergyCheck {

	@Check
	public void checkTraining(Training t) {
		Map<String, Property> p = EffectiveProperties.of(t);
		require(t, p, "ModelRef", "model", "model DeepSeek_V3");
		require(t, p, "OnProperty", "on", "on 2048 x H800 in Hangzhou");
		boolean reported = p.containsKey("accelerator-hours") || p.containsKey("duration");
		boolean work = p.containsKey("tokens") || p.containsKey("flops");
		if (!reported && !(work && p.containsKey("mfu"))) {
			String add = work ? "add mfu (e.g. mfu 0.35)" : p.containsKey("mfu") ? "add tokens (e.g. tokens 14.8T)"
					: "add tokens and mfu (e.g. tokens 14.8T and mfu 0.35)";
			missing(t, "training " + Kinds.name(t) + " needs tokens and mfu (predicted) or accelerator-hours or "
					+ "duration (reported): " + add + ", or e.g. accelerator-hours 2.788M h");
		}
	}

	@Check
	public void checkInference(Inference i) {
		Map<String, Property> p = EffectiveProperties.of(i);
		require(i, p, "ModelRef", "model", "model Llama_3_3_70B");
		require(i, p, "OnProperty", "on", "on 1 x H100_SXM in US_East");
		require(i, p, "answer", "answer", "answer 500 tokens");
		checkWeightsFit(i, p);
	}

	@Check
	public void checkProjection(Projection pr) {
		Map<String, Property> p = EffectiveProperties.of(pr);
		require(pr, p, "WorkloadRef", "workload", "workload R1_chat");
		require(pr, p, "YearsProperty", "years", "years 2025 to 2035");
		boolean history = p.keySet().stream().anyMatch(k -> k.startsWith("history "));
		if (!history) { // with a history, the fit supplies them (ProjectionValidator checks it can)
			require(pr, p, "demand growth", "demand growth", "demand growth 30 %/year");
			require(pr, p, "elasticity", "elasticity", "elasticity 0.6 .. 1.4");
		}
		require(pr, p, "efficiency gain", "efficiency gain", "efficiency gain 20 %/year");
	}

	@Check
	public void checkSweep(Sweep s) {
		Map<String, Property> p = EffectiveProperties.of(s);
		require(s, p, "WorkloadRef", "workload", "workload R1_chat");
		if (EffectiveProperties.varies(s).isEmpty()) {
			missing(s, "sweep " + Kinds.name(s) + " varies nothing: add at least one vary, e.g. vary batch in 1, 8, 32");
		}
	}

	@Check
	public void checkMoeActive(Model m) {
		boolean moe = EffectiveProperties.property(m, ArchitectureProperty.class)
				.map(a -> a.getArchitecture() == Architecture.MOE).orElse(false);
		if (moe && EffectiveProperties.quantity(m, "active").isEmpty()) {
			error("A mixture-of-experts model needs active (the parameters used per token): add e.g. active 37B",
					m, EnergyPackage.Literals.NAMED_DECLARATION__NAME, IssueCodes.MODEL_ACTIVE_MISSING);
		}
	}

	private void require(NamedDeclaration d, Map<String, Property> effective, String key, String keyword,
			String example) {
		if (!effective.containsKey(key)) {
			missing(d, d.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " " + Kinds.name(d) + " needs "
					+ keyword + ": add e.g. " + example);
		}
	}

	private void missing(NamedDeclaration d, String message) {
		error(message, d, EnergyPackage.Literals.NAMED_DECLARATION__NAME, IssueCodes.PROPERTY_MISSING);
	}

	/** Bytes per weight of a precision: the analyses' own table, so the warning and the figures agree. */
	static double bytesPerWeight(Precision p) {
		return org.jevons.analysis.Defaults.bytesPerParameter(
				org.jevons.analysis.spec.Specs.Precision.valueOf(p.name().toUpperCase(java.util.Locale.ROOT)));
	}

	/** Weights = parameters × bytes of the serving precision (inference, else model, else bf16) vs. memory. */
	private void checkWeightsFit(Inference i, Map<String, Property> effective) {
		Optional<Model> model = EffectiveProperties.property(effective, ModelRef.class).map(ModelRef::getModel)
				.filter(m -> !m.eIsProxy());
		Optional<OnProperty> on = EffectiveProperties.property(effective, OnProperty.class);
		if (model.isEmpty() || on.isEmpty() || on.get().getCount() == null || on.get().getHardware() == null
				|| on.get().getHardware().eIsProxy()) {
			return;
		}
		ServedModel served = remembered(ServedModel.class, model.get(), () -> ServedModel.of(model.get()));
		Optional<Double> parameters = served.parameters();
		Precision precision = EffectiveProperties.property(effective, WeightsProperty.class)
				.map(WeightsProperty::getPrecision)
				.or(() -> EffectiveProperties.property(effective, PrecisionProperty.class)
						.map(PrecisionProperty::getPrecision).or(served::precision))
				.orElse(Precision.BF16);
		Optional<Double> count = Quantities.nominalSi(on.get().getCount());
		Hardware hardware = on.get().getHardware();
		Optional<Double> memoryEach = remembered(Memory.class, hardware, () -> new Memory(memory(hardware))).each();
		if (parameters.isEmpty() || count.isEmpty() || memoryEach.isEmpty()) {
			return;
		}
		double weights = parameters.get() * bytesPerWeight(precision);
		double memory = count.get() * memoryEach.get();
		if (weights > memory) {
			long needed = (long) Math.ceil(weights / memoryEach.get());
			warning("The weights of " + Kinds.name(model.get()) + " need " + gigabytes(weights) + " ("
					+ Kinds.number(parameters.get()) + " parameters x " + Kinds.number(bytesPerWeight(precision))
					+ " byte at " + precision.getLiteral() + ") but " + Kinds.number(count.get()) + " x "
					+ Kinds.name(on.get().getHardware()) + " has " + gigabytes(memory) + ": use on " + needed
					+ " x ..., or a lower precision", i, EnergyPackage.Literals.NAMED_DECLARATION__NAME,
					IssueCodes.INFERENCE_MEMORY);
		}
	}

	/** What the memory check needs of a model: its parameters and its own precision, if given. */
	private record ServedModel(Optional<Double> parameters, Optional<Precision> precision) {
		static ServedModel of(Model m) {
			Map<String, Property> p = EffectiveProperties.of(m);
			Optional<Double> parameters = Optional.ofNullable(p.get("parameters"))
					.filter(QuantityProperty.class::isInstance).map(q -> ((QuantityProperty) q).getValue())
					.flatMap(q -> q == null ? Optional.empty() : Quantities.nominalSi(q));
			return new ServedModel(parameters,
					EffectiveProperties.property(p, PrecisionProperty.class).map(PrecisionProperty::getPrecision));
		}
	}

	/** The memory of an accelerator or node, wrapped to be told apart from other remembered values. */
	private record Memory(Optional<Double> each) {
	}

	/**
	 * A value derived from a model or hardware declaration, computed once per validated resource: hundreds of
	 * inferences of one file serve the same few library models on the same few accelerators. The cache lives in the
	 * validation's context map, which the validation of one resource shares and then drops.
	 */
	private <T> T remembered(Class<T> kind, NamedDeclaration declaration, Supplier<T> compute) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return compute.get();
		}
		return kind.cast(context.computeIfAbsent(Map.entry(kind, declaration), k -> compute.get()));
	}

	/** Memory of one accelerator, or of the accelerators of one node. */
	private static Optional<Double> memory(Hardware h) {
		if (h instanceof Accelerator a) {
			return EffectiveProperties.quantity(a, "memory").map(QuantityProperty::getValue)
					.flatMap(q -> q == null ? Optional.empty() : Quantities.nominalSi(q));
		}
		if (h instanceof Node n) {
			Optional<AcceleratorsProperty> acc = EffectiveProperties.property(n, AcceleratorsProperty.class);
			if (acc.isEmpty() || acc.get().getCount() == null || acc.get().getAccelerator() == null
					|| acc.get().getAccelerator().eIsProxy()) {
				return Optional.empty();
			}
			Optional<Double> each = memory(acc.get().getAccelerator());
			return Quantities.nominalSi(acc.get().getCount()).flatMap(c -> each.map(m -> c * m));
		}
		return Optional.empty();
	}

	private static String gigabytes(double bytes) {
		return Kinds.number(Math.round(bytes / 1e8) / 10.0) + " GB";
	}
}
