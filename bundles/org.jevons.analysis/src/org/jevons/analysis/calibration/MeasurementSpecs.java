package org.jevons.analysis.calibration;

import java.util.Optional;
import java.util.OptionalDouble;

import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Shape;
import org.jevons.analysis.spec.Value;

/**
 * A measurement as the inference the engine analyses: its model, accelerators, batch and tokens, with no
 * {@code energy}, no datacenter and no host, so that the prediction has the measurement's boundary (the
 * accelerators only) and every calibrated knob at its default.
 */
final class MeasurementSpecs {
	/**
	 * Bytes per cached key or value: vLLM's default KV-cache dtype ({@code auto}) is the model's activation dtype,
	 * 16-bit for every row of the calibration data, fp8 checkpoints included.
	 */
	static final double KV_BYTES_PER_VALUE = 2;

	private MeasurementSpecs() {
	}

	/**
	 * @param statedBatch the measured batch; {@code false}: no batch, the engine derives it from memory, as for a
	 *                    user who does not know it
	 */
	static Inference inference(Measurement m, boolean statedBatch) {
		ModelFacts f = m.facts();
		Shape shape = new Shape(value(f.hidden()), value(f.attentionLayers()), value(f.attentionWidth()),
				value(f.window()), value(f.localShare()), value(f.state()));
		Model model = new Model(m.model(), m.architecture(), Value.of(m.parameters()), Value.of(m.active()),
				value(f.experts()), value(f.routed()), value(f.layers()), value(f.kvBytesPerToken(KV_BYTES_PER_VALUE)),
				m.precision(), Optional.empty(), shape);
		Deployment on = new Deployment(Value.of(m.count()), m.accelerator(), Optional.empty(), Optional.empty());
		return new Inference(m.model() + " line " + m.origin().line(), m.origin(), model, on, m.precision(),
				Value.of(m.prompt()), Value.of(0), Value.of(m.outputTokens()),
				statedBatch ? Optional.of(Value.of(m.batch())) : Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), m.weights(), Optional.empty());
	}

	private static Optional<Value> value(OptionalDouble x) {
		return x.isPresent() ? Optional.of(Value.of(x.getAsDouble())) : Optional.empty();
	}
}
