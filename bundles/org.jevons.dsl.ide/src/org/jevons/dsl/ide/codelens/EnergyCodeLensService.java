package org.jevons.dsl.ide.codelens;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.jevons.dsl.ide.analyze.AnalysisOutcome;
import org.jevons.dsl.ide.analyze.DocumentAnalysis;
import org.jevons.dsl.ide.analyze.Headlines;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.NamedDeclaration;

import com.google.inject.Inject;

/**
 * One lens above each training, inference, projection and comparison with its headline figure
 * ("≈ 0.93 Wh per request · 339 MWh/year", "1.87× energy per request"); without figures, the reason.
 */
public class EnergyCodeLensService implements ICodeLensService {

	/** The command a client may bind to show the declaration's full results; the title is what matters. */
	public static final String SHOW_RESULT = "jevons.showResult";

	private static final Logger LOG = Logger.getLogger(EnergyCodeLensService.class);

	@Inject
	private DocumentAnalysis analysis;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private OperationCanceledManager cancellations;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource,
			CodeLensParams params, CancelIndicator cancel) {
		try {
			return lenses(document, resource);
		} catch (RuntimeException e) {
			if (cancellations.isOperationCanceledException(e)) {
				throw e;
			}
			LOG.warn("code lenses failed in " + resource.getURI(), e);
			return List.of();
		}
	}

	private List<CodeLens> lenses(Document document, XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof EnergyFile file)) {
			return List.of();
		}
		List<EObject> analysed = file.getDeclarations().stream().map(EObject.class::cast)
				.filter(Headlines::isAnalysed).toList();
		if (analysed.isEmpty()) {
			return List.of(); // no analysis run for a file of hardware and models
		}
		AnalysisOutcome outcome = analysis.quick(resource);
		List<CodeLens> lenses = new ArrayList<>();
		for (EObject declaration : analysed) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(declaration);
			if (node == null) {
				continue;
			}
			String title = outcome.study()
					.map(study -> Headlines.resultFor(study, declaration)
							.map(result -> Headlines.headline(declaration, result))
							.orElse("no figures (incomplete declaration?)"))
					.orElse(outcome.explanation());
			// a lens on the first line of the declaration: where editors draw it
			Range range = documents.newRange(resource, new TextRegion(node.getOffset(), 0));
			String name = declaration instanceof NamedDeclaration named && named.getName() != null ? named.getName() : "";
			lenses.add(new CodeLens(range, new Command(title, SHOW_RESULT, List.of(resource.getURI().toString(), name)), null));
		}
		return lenses;
	}
}
