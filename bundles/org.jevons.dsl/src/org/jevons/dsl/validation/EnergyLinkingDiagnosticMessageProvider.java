package org.jevons.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.jevons.dsl.library.BuiltInLibrary;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.Import;

import com.google.inject.Inject;

/**
 * Unresolved references get a message that says what to write: the import that would make the name visible (from
 * the built-in library or another workspace file), or, when two imports offer the name, that it is ambiguous and
 * which qualified names to choose from. (Xtext resolves a name imported from two namespaces to nothing.)
 */
public class EnergyLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private BuiltInLibrary library;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IQualifiedNameConverter converter;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String text = context.getLinkText();
		String what = label(type);
		List<IEObjectDescription> candidates = candidates(context.getContext(), type);
		QualifiedName written;
		try {
			written = converter.toQualifiedName(text);
		} catch (IllegalArgumentException e) {
			return new DiagnosticMessage("'" + text + "' is not a name of " + what + " (" + e.getMessage() + ")",
					Severity.ERROR, IssueCodes.NAME_UNRESOLVED);
		}
		Set<QualifiedName> imported = new LinkedHashSet<>();
		Set<QualifiedName> elsewhere = new LinkedHashSet<>();
		List<Import> imports = EcoreUtil2.getContainerOfType(context.getContext(), EnergyFile.class) == null ? List.of()
				: EcoreUtil2.getContainerOfType(context.getContext(), EnergyFile.class).getImports();
		for (IEObjectDescription d : candidates) {
			QualifiedName qn = d.getQualifiedName();
			if (qn.getSegmentCount() < written.getSegmentCount()
					|| !qn.skipFirst(qn.getSegmentCount() - written.getSegmentCount()).equals(written)) {
				continue;
			}
			if (isImported(qn, written, imports)) {
				imported.add(qn);
			} else {
				elsewhere.add(qn);
			}
		}
		if (imported.size() > 1) {
			return new DiagnosticMessage("Ambiguous " + what + " '" + text + "': the imports offer "
					+ join(imported) + "; write the qualified name", Severity.ERROR, IssueCodes.NAME_AMBIGUOUS);
		}
		String message = "Unresolved " + what + " '" + text + "'";
		if (!elsewhere.isEmpty()) {
			List<String> hints = new ArrayList<>();
			for (QualifiedName qn : elsewhere) {
				hints.add("import " + qn.skipLast(written.getSegmentCount()) + ".* (or write " + qn + ")");
			}
			return new DiagnosticMessage(message + ": add " + String.join(", or ", hints), Severity.ERROR,
					IssueCodes.NAME_UNRESOLVED);
		}
		List<String> near = nearMisses(text, candidates, imports, context.getContext());
		if (!near.isEmpty()) {
			return new DiagnosticMessage(message + ": did you mean " + NearMiss.alternatives(near) + "?",
					Severity.ERROR, IssueCodes.NAME_UNRESOLVED, near.toArray(String[]::new));
		}
		return new DiagnosticMessage(message + ": no " + what + " of that name in the workspace or the built-in "
				+ "library (jevons.library.hardware, .grids, .models)", Severity.ERROR, IssueCodes.NAME_UNRESOLVED);
	}

	/**
	 * Names close to the written one, as they can be written here: the simple name when it is imported (or in
	 * the same file), else the qualified name. The issue data of the diagnostic, for the did-you-mean fix.
	 */
	private static List<String> nearMisses(String text, List<IEObjectDescription> candidates, List<Import> imports,
			EObject context) {
		EnergyFile file = EcoreUtil2.getContainerOfType(context, EnergyFile.class);
		String pkg = file == null || file.getName() == null ? "" : file.getName() + ".";
		java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
		for (IEObjectDescription d : candidates) {
			QualifiedName qn = d.getQualifiedName();
			QualifiedName simple = QualifiedName.create(qn.getLastSegment());
			boolean visible = qn.getSegmentCount() == 1 || isImported(qn, simple, imports)
					|| (!pkg.isEmpty() && qn.toString().equals(pkg + qn.getLastSegment()));
			String as = visible ? qn.getLastSegment() : qn.toString();
			written.putIfAbsent(qn.getLastSegment(), as);
		}
		String simpleText = text.contains(".") ? text.substring(text.lastIndexOf('.') + 1) : text;
		return NearMiss.suggestions(simpleText, written.keySet()).stream().map(written::get).toList();
	}

	private static boolean isImported(QualifiedName candidate, QualifiedName written, List<Import> imports) {
		QualifiedName namespace = candidate.skipLast(written.getSegmentCount());
		for (Import i : imports) {
			String ns = i.getImportedNamespace();
			if (ns == null) {
				continue;
			}
			if (ns.endsWith(".*") ? ns.substring(0, ns.length() - 2).equals(namespace.toString())
					: ns.equals(candidate.toString())) {
				return true;
			}
		}
		return false;
	}

	/** Declarations of the right type in the workspace index and the built-in library. */
	private List<IEObjectDescription> candidates(EObject context, EClass type) {
		List<IEObjectDescription> out = new ArrayList<>();
		Resource resource = context.eResource();
		if (resource != null && resource.getResourceSet() != null) {
			IResourceDescriptions index = indexProvider.getResourceDescriptions(resource.getResourceSet());
			index.getExportedObjectsByType(type).forEach(out::add);
		}
		library.exportedObjects().stream().filter(d -> type.isSuperTypeOf(d.getEClass())).forEach(out::add);
		return out;
	}

	private static String join(Set<QualifiedName> names) {
		return String.join(" and ", names.stream().map(QualifiedName::toString).toList());
	}

	/** "accelerator or node", "training or inference" ... from the reference's type. */
	private static String label(EClass type) {
		return switch (type.getName()) {
		case "Hardware" -> "accelerator or node";
		case "Workload" -> "training or inference";
		case "Analysis" -> "training, inference or projection";
		default -> type.getName().toLowerCase(java.util.Locale.ROOT);
		};
	}
}
