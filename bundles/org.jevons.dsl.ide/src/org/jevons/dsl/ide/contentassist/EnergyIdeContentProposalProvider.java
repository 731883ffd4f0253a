package org.jevons.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jevons.dsl.ide.hover.PropertyLookup;
import org.jevons.dsl.services.EnergyGrammarAccess;
import org.jevons.model.energy.Property;
import org.jevons.model.properties.PropertyInfo;
import org.jevons.model.units.Dimension;
import org.jevons.model.units.Units;

import com.google.inject.Inject;

/**
 * Completion for the {@code .energy} language on top of Xtext's (keywords, names from the workspace and the built-in
 * library, enum literals such as precisions and {@code dense|moe}):
 * <ul>
 * <li>property keys are keyword-only data type rules ({@code 'average' 'power'}), proposed as whole sequences;</li>
 * <li>after a number, units: those of the property's dimension first (catalog + {@link Units#examples});</li>
 * <li>no keyword proposals where a name is written (every keyword is a valid name) or a unit is written (units
 * are proposed by dimension instead);</li>
 * <li>never {@code }} (an editor closes blocks itself), each name once, and the short name of a declaration that
 * is imported rather than also its qualified name.</li>
 * </ul>
 */
public class EnergyIdeContentProposalProvider extends IdeContentProposalProvider {

	/** Above cross references (500) and keywords (300): the unit of the property is what is wanted. */
	private static final int MATCHING_UNIT_PRIORITY = 700;
	/** Xtext's default keyword priority. */
	private static final int KEYWORD_PRIORITY = 300;
	/** Every other unit, last. */
	private static final int OTHER_UNIT_PRIORITY = 100;

	@Inject
	private EnergyGrammarAccess grammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getQuantityAccess().getUnitAssignment_2()) {
			unitProposals(context, acceptor);
			return;
		}
		if (assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& GrammarUtil.isDatatypeRule(rule)) {
			Optional<List<String>> sequences = keywordSequences(rule.getAlternatives());
			if (sequences.isPresent()) {
				for (String text : sequences.get()) {
					accept(text, ContentAssistEntry.KIND_KEYWORD, "", context, acceptor,
							KEYWORD_PRIORITY);
				}
				return;
			}
		}
		super._createProposals(assignment, context, acceptor);
	}

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		Map<String, ContentAssistEntry> entries = new LinkedHashMap<>();
		Map<String, Integer> priorities = new HashMap<>();
		super.createProposals(contexts, new IIdeContentProposalAcceptor() {
			@Override
			public void accept(ContentAssistEntry entry, int priority) {
				if (entry != null && entry.getProposal() != null) {
					entries.putIfAbsent(entry.getProposal(), entry);
					priorities.merge(entry.getProposal(), priority, Math::max);
				}
			}

			@Override
			public boolean canAcceptMoreProposals() {
				return acceptor.canAcceptMoreProposals();
			}
		});
		Set<String> simple = new HashSet<>();
		entries.keySet().stream().filter(p -> !p.contains(".")).forEach(simple::add);
		entries.forEach((proposal, entry) -> {
			boolean qualifiedTwin = ContentAssistEntry.KIND_REFERENCE.equals(entry.getKind()) && proposal.contains(".")
					&& simple.contains(proposal.substring(proposal.lastIndexOf('.') + 1));
			if (!qualifiedTwin) {
				acceptor.accept(entry, priorities.get(proposal));
			}
		});
	}

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		if (keyword.getValue().equals("}")) {
			return false;
		}
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		if (rule == grammar.getValidIDRule() || rule == grammar.getMetricWordRule() || rule == grammar.getUnitSymbolRule()
				|| rule == grammar.getUnitRule()) {
			return false;
		}
		// single keywords of a property-key rule are proposed as whole sequences by the assignment
		if (rule instanceof ParserRule parserRule && GrammarUtil.isDatatypeRule(parserRule)
				&& keywordSequences(parserRule.getAlternatives()).isPresent()) {
			return false;
		}
		return super.filterKeyword(keyword, context);
	}

	private void unitProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Optional<Dimension> dimension = property(context).flatMap(PropertyLookup::infoOf).map(PropertyInfo::dimension);
		Set<String> matching = new LinkedHashSet<>();
		dimension.ifPresent(d -> Units.examples(d).stream().filter(u -> !u.startsWith("(")).forEach(matching::add));
		for (String unit : matching) {
			accept(unit, ContentAssistEntry.KIND_UNIT, dimension.map(Dimension::toString).orElse(""), context,
					acceptor, MATCHING_UNIT_PRIORITY);
		}
		for (String unit : Units.symbols()) {
			if (!matching.contains(unit)) {
				accept(unit, ContentAssistEntry.KIND_UNIT, unitDescription(unit), context, acceptor,
						OTHER_UNIT_PRIORITY);
			}
		}
	}

	private static String unitDescription(String unit) {
		return Units.parse(unit).map(u -> u.dimension().toString()).orElse("");
	}

	/** The property a number was written for: the parser's current model, else the last complete node's. */
	private static Optional<Property> property(ContentAssistContext context) {
		List<EObject> candidates = new ArrayList<>();
		candidates.add(context.getCurrentModel());
		candidates.add(context.getPreviousModel());
		INode last = context.getLastCompleteNode();
		if (last != null) {
			candidates.add(NodeModelUtils.findActualSemanticObjectFor(last));
		}
		return candidates.stream().filter(java.util.Objects::nonNull).map(PropertyLookup::propertyOf)
				.flatMap(Optional::stream).findFirst();
	}

	private void accept(String text, String kind, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, int priority) {
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context);
		if (entry != null) {
			entry.setKind(kind);
			if (!description.isEmpty()) {
				entry.setDescription(description);
			}
			acceptor.accept(entry, priority);
		}
	}

	/** The alternatives of a rule made of keywords only, each as one string; empty for any other rule. */
	private static Optional<List<String>> keywordSequences(AbstractElement body) {
		List<String> out = new ArrayList<>();
		List<AbstractElement> alternatives = body instanceof Alternatives a ? a.getElements() : List.of(body);
		for (AbstractElement alternative : alternatives) {
			if (alternative.getCardinality() != null) {
				return Optional.empty();
			}
			if (alternative instanceof Keyword k) {
				out.add(k.getValue());
			} else if (alternative instanceof Group g && g.getElements().stream()
					.allMatch(e -> e instanceof Keyword && e.getCardinality() == null)) {
				out.add(String.join(" ", g.getElements().stream().map(e -> ((Keyword) e).getValue()).toList()));
			} else {
				return Optional.empty();
			}
		}
		return Optional.of(out);
	}
}
