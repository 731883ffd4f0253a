package org.jevons.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.jevons.dsl.library.BuiltInLibrary;
import org.jevons.dsl.validation.IssueCodes;
import org.jevons.model.energy.EnergyPackage;

import com.google.inject.Inject;

/**
 * The workbench's quick fixes as LSP code actions, so that every editor gets them: a wrong, unknown or missing
 * unit → each unit the property expects; an unresolved name → each near miss the message suggests (its simple name,
 * imported when it lives in a package not imported), an import of the name from the library or another file, or a
 * new empty declaration of that name. The workbench's quick fixes are these actions.
 */
public class EnergyCodeActionService implements ICodeActionService2 {
	/** Xtext's code of a linking error without a message of ours. */
	static final String XTEXT_LINKING = "org.eclipse.xtext.diagnostics.Diagnostic.Linking";

	@Inject
	private BuiltInLibrary library;

	@Inject
	private ResourceDescriptionsProvider index;

	/** Xtext passes only the URI: the document and its resource are read here, in the request's thread. */
	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getDocument() != null && options.getResource() != null) {
			return actions(options.getDocument(), options.getResource(), options);
		}
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> context.getDocument() == null ? List.of()
						: actions(context.getDocument(), context.getResource(), options));
	}

	private List<Either<Command, CodeAction>> actions(Document document, Resource resource, Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = d.getCode() == null ? "" : d.getCode().map(s -> s, String::valueOf);
			if (code.equals(IssueCodes.UNIT_DIMENSION) || code.equals(IssueCodes.UNIT_UNKNOWN)) {
				for (String unit : Fixes.units(message(d))) {
					actions.add(action("Change the unit to '" + unit + "'", d, options, new TextEdit(d.getRange(), unit)));
				}
			} else if (code.equals(IssueCodes.UNIT_MISSING)) {
				for (String unit : Fixes.units(message(d))) {
					String written = document.getSubstring(d.getRange());
					Position end = document.getPosition(document.getOffSet(d.getRange().getStart())
							+ written.stripTrailing().length());
					actions.add(action("Add the unit '" + unit + "'", d, options,
							new TextEdit(new Range(end, end), " " + unit)));
				}
			} else if (code.equals(IssueCodes.NAME_UNRESOLVED) || code.equals(XTEXT_LINKING)) {
				unresolved(d, document, resource, options, actions);
			}
		}
		return actions;
	}

	private void unresolved(Diagnostic d, Document document, Resource resource, Options options,
			List<Either<Command, CodeAction>> actions) {
		String name = document.getSubstring(d.getRange()).strip();
		String text = document.getContents();
		for (String near : Fixes.nearMisses(message(d))) {
			if (near.contains(".")) { // not visible here (the message qualifies it): its simple name, imported
				String simple = near.substring(near.lastIndexOf('.') + 1);
				actions.add(action("Change to '" + simple + "'", d, options, new TextEdit(d.getRange(), simple),
						importEdit(near, document)));
			} else {
				actions.add(action("Change to '" + near + "'", d, options, new TextEdit(d.getRange(), near)));
			}
		}
		for (String qualified : declaredElsewhere(name, resource)) {
			actions.add(action("Import '" + qualified + "'", d, options, importEdit(qualified, document)));
		}
		if (name.matches("\\w+")) {
			String kind = Fixes.kindExpectedBefore(text, document.getOffSet(d.getRange().getStart()));
			String separator = text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
			Position end = document.getPosition(text.length());
			actions.add(action("Create " + kind + " '" + name + "'", d, options,
					new TextEdit(new Range(end, end), separator + kind + " " + name + " {\n}\n")));
		}
	}

	/** {@code import a.b.Name} after the package and the other imports (and a blank line before the first declaration). */
	private static TextEdit importEdit(String qualified, Document document) {
		int at = Fixes.importOffset(document.getContents());
		Position position = document.getPosition(at);
		return new TextEdit(new Range(position, position), "import " + qualified + "\n" + (at == 0 ? "\n" : ""));
	}

	/** Qualified names of declarations with this simple name in other packages: the library and the index. */
	private Set<String> declaredElsewhere(String name, Resource resource) {
		Set<String> names = new LinkedHashSet<>();
		EClass named = EnergyPackage.eINSTANCE.getNamedDeclaration();
		List<IEObjectDescription> candidates = new ArrayList<>(library.exportedObjects());
		if (resource.getResourceSet() != null) {
			index.getResourceDescriptions(resource.getResourceSet()).getExportedObjectsByType(named)
					.forEach(candidates::add);
		}
		for (IEObjectDescription c : candidates) {
			QualifiedName qn = c.getQualifiedName();
			if (qn.getSegmentCount() > 1 && qn.getLastSegment().equals(name)
					&& !c.getEObjectURI().trimFragment().equals(resource.getURI())) {
				names.add(qn.toString());
			}
		}
		return names;
	}

	private static String message(Diagnostic d) {
		return d.getMessage() == null ? "" : d.getMessage().map(text -> text, markup -> markup.getValue());
	}

	private static Either<Command, CodeAction> action(String title, Diagnostic d, Options options, TextEdit... edits) {
		CodeAction action = new CodeAction(title);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(d));
		action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(edits))));
		return Either.forRight(action);
	}
}
