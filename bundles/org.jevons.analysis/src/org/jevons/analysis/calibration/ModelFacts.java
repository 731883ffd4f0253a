package org.jevons.analysis.calibration;

import java.util.OptionalDouble;

/**
 * Public architecture facts of a model (its config.json / model card), as far as the serving physics uses them.
 * Every field may be absent; the kernel then falls back to what the parameter counts alone give.
 *
 * @param layers          transformer blocks (for hybrids: all blocks, Mamba ones included)
 * @param attentionLayers blocks with attention (hybrids have few); absent: all {@code layers}
 * @param localLayers     attention blocks that see only the last {@code window} tokens (sliding or chunked)
 * @param window          tokens a local attention block sees
 * @param hidden          model width
 * @param heads           query heads
 * @param kvHeads         key/value heads (grouped-query attention)
 * @param headDim         width of one head
 * @param experts         routed experts per MoE layer
 * @param routed          experts each token is routed to
 * @param state           recurrent (Mamba) state per sequence, bytes
 * @param source          where the facts come from
 */
public record ModelFacts(OptionalDouble layers, OptionalDouble attentionLayers, OptionalDouble localLayers,
		OptionalDouble window, OptionalDouble hidden, OptionalDouble heads, OptionalDouble kvHeads,
		OptionalDouble headDim, OptionalDouble experts, OptionalDouble routed, OptionalDouble state, String source) {

	public static final ModelFacts NONE = new ModelFacts(OptionalDouble.empty(), OptionalDouble.empty(),
			OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
			OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
			OptionalDouble.empty(), "");

	/** Bytes of KV cache per token of context, over every attention block (the kernel applies the window). */
	public OptionalDouble kvBytesPerToken(double bytesPerValue) {
		OptionalDouble attention = attentionBlocks();
		if (kvHeads.isEmpty() || headDim.isEmpty() || attention.isEmpty()) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(2 * attention.getAsDouble() * kvHeads.getAsDouble() * headDim.getAsDouble()
				* bytesPerValue);
	}

	/** Blocks with attention: {@code attention_layers}, else all {@code layers}. */
	public OptionalDouble attentionBlocks() {
		return attentionLayers.isPresent() ? attentionLayers : layers;
	}

	/** Query width heads × head width (attention FLOPs per token of context). */
	public OptionalDouble attentionWidth() {
		return heads.isPresent() && headDim.isPresent() ? OptionalDouble.of(heads.getAsDouble() * headDim.getAsDouble())
				: OptionalDouble.empty();
	}

	/** Share of the attention blocks that see only the window. */
	public OptionalDouble localShare() {
		OptionalDouble attention = attentionBlocks();
		return localLayers.isPresent() && attention.isPresent() && window.isPresent()
				? OptionalDouble.of(Math.min(1, localLayers.getAsDouble() / attention.getAsDouble()))
				: OptionalDouble.empty();
	}

	/** These facts where present, the other's where not (a measurement's own columns over the side table). */
	public ModelFacts or(ModelFacts other) {
		return new ModelFacts(pick(layers, other.layers), pick(attentionLayers, other.attentionLayers),
				pick(localLayers, other.localLayers), pick(window, other.window), pick(hidden, other.hidden),
				pick(heads, other.heads), pick(kvHeads, other.kvHeads), pick(headDim, other.headDim),
				pick(experts, other.experts), pick(routed, other.routed), pick(state, other.state),
				source.isEmpty() ? other.source : source);
	}

	private static OptionalDouble pick(OptionalDouble mine, OptionalDouble theirs) {
		return mine.isPresent() ? mine : theirs;
	}
}
