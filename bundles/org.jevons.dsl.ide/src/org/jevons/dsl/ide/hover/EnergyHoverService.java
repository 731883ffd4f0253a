package org.jevons.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.jevons.dsl.ide.analyze.AnalysisOutcome;
import org.jevons.dsl.ide.analyze.DocumentAnalysis;
import org.jevons.dsl.ide.analyze.Headlines;
import org.jevons.dsl.library.BuiltInLibrary;
import org.jevons.model.energy.Compare;
import org.jevons.model.energy.Expect;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.Quantity;

import com.google.inject.Inject;

/**
 * Hovers that explain: a property (meaning, dimension, units, default, SI value and source), a declaration (kind,
 * documentation, computed figures) and a reference (the target's summary).
 */
public class EnergyHoverService extends HoverService {

	private static final Logger LOG = Logger.getLogger(EnergyHoverService.class);
	/** Properties listed in a reference's summary; a hover is not a listing. */
	private static final int SUMMARY_PROPERTIES = 8;

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private DocumentAnalysis analysis;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private BuiltInLibrary library;

	@Inject
	private OperationCanceledManager cancellations;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
		try {
			return super.hover(document, resource, params, cancel);
		} catch (RuntimeException e) {
			if (cancellations.isOperationCanceledException(e)) {
				throw e;
			}
			// half-typed text must not fail the request: say what went wrong instead
			LOG.warn("hover failed in " + resource.getURI(), e);
			return new Hover(new MarkupContent(MarkupKind.MARKDOWN, "_No hover here: " + e + "_"));
		}
	}

	/**
	 * Xtext answers nothing when the offset lies outside the element's significant region (its name, or its first
	 * keyword): a hover on a number or on the braces of a declaration would be empty. Use the token instead.
	 */
	@Override
	protected Range getRange(HoverContext context) {
		Range range = super.getRange(context);
		if (range != null || context.getResource().getParseResult() == null) {
			return range;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(context.getResource().getParseResult().getRootNode(),
				context.getOffset());
		return leaf == null ? null : documents.newRange(context.getResource(), leaf.getTextRegion());
	}

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		return toMarkupContent(MarkupKind.MARKDOWN, contents(context));
	}

	private String contents(HoverContext context) {
		EObject element = context.getElement();
		if (offsets.resolveCrossReferencedElementAt(context.getResource(), context.getOffset()) != null) {
			return summary(element, context.getResource());
		}
		Optional<Property> property = PropertyLookup.propertyOf(element);
		if (property.isPresent()) {
			Optional<Quantity> hovered = element instanceof Quantity q ? Optional.of(q) : Optional.empty();
			return PropertyHover.text(property.get(), hovered);
		}
		if (element instanceof NamedDeclaration || element instanceof Compare || element instanceof Expect) {
			return declaration(element, context.getResource());
		}
		return getContents(element);
	}

	/** Kind, name, documentation and every computed figure of a declaration. */
	private String declaration(EObject element, XtextResource resource) {
		List<String> parts = new ArrayList<>();
		parts.add(title(element));
		String doc = getContents(element);
		if (doc != null && !doc.isBlank()) {
			parts.add(doc);
		}
		if (Headlines.isAnalysed(element)) {
			parts.add(figures(element, resource, true));
		}
		return String.join("\n\n", parts);
	}

	/** What a reference points at: kind, where it lives, documentation, its main properties or its headline. */
	private String summary(EObject target, XtextResource resource) {
		List<String> parts = new ArrayList<>();
		String where = target.eResource() != null && library.isLibrary(target.eResource().getURI())
				? " (built-in library)"
				: "";
		parts.add(title(target) + where);
		String doc = getContents(target);
		if (doc != null && !doc.isBlank()) {
			parts.add(doc);
		}
		if (Headlines.isAnalysed(target)) {
			parts.add(figures(target, resource, false));
		} else if (target instanceof NamedDeclaration named && !named.getProperties().isEmpty()) {
			parts.add(String.join("\n", named.getProperties().stream().limit(SUMMARY_PROPERTIES)
					.map(EnergyHoverService::propertyLine).toList()));
		}
		return String.join("\n\n", parts);
	}

	private String figures(EObject declaration, XtextResource resource, boolean all) {
		AnalysisOutcome outcome = analysis.quick(resource);
		if (outcome.study().isEmpty()) {
			return "_" + outcome.explanation() + "_";
		}
		return outcome.study().flatMap(study -> Headlines.resultFor(study, declaration)).map(result -> {
			List<String> lines = new ArrayList<>();
			lines.add("**" + Headlines.headline(declaration, result) + "**");
			if (all) {
				Headlines.figureLines(result).forEach(l -> lines.add("- " + l));
				Headlines.problemLines(result).forEach(l -> lines.add("- _" + l + "_"));
				lines.add("_" + DocumentAnalysis.QUICK.samples() + " Monte Carlo samples; `jevons analyze` uses more._");
			}
			return String.join("\n", lines);
		}).orElse("_No figures were computed for this declaration: it may be incomplete (see the problems)._");
	}

	private static String title(EObject element) {
		String kind = element.eClass().getName().toLowerCase(Locale.ROOT);
		if (element instanceof NamedDeclaration named && named.getName() != null) {
			return "**" + kind + "** `" + named.getName() + "`";
		}
		// an expect or compare is its text: without its keyword, which the title already says ("expect expect …")
		String text = text(element);
		return "**" + kind + "** `" + (text.startsWith(kind + " ") ? text.substring(kind.length() + 1) : text) + "`";
	}

	/** A Markdown list item: the property as written, its source (if any) on a muted line of its own below. */
	private static String propertyLine(Property property) {
		String written = text(property);
		if (property.getSource() == null) {
			return "- `" + written + "`";
		}
		int source = written.lastIndexOf(" source ");
		String value = source < 0 ? written : written.substring(0, source);
		return "- `" + value + "`  \n  _source: " + property.getSource() + "_";
	}

	/** The element's source text on one line. */
	private static String text(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? element.eClass().getName() : NodeModelUtils.getTokenText(node);
	}
}
