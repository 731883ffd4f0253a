package org.jevons.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.jevons.model.energy.EnergyFile;

/**
 * Declarations are named {@code package.Name}; a file without {@code package} is in the package named after the
 * file (characters that cannot be in a name replaced by {@code _}).
 */
public class EnergyQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	/**
	 * No name for an object without a {@code name} feature (properties, quantities, imports ...), answered before
	 * Xtext's dispatch and cache: scoping and indexing ask for every object of a file, and most have none.
	 */
	@Override
	public @Nullable QualifiedName getFullyQualifiedName(EObject obj) {
		if (!(obj instanceof EnergyFile) && !ContentShape.canBeNamed(obj.eClass())) {
			return null;
		}
		return super.getFullyQualifiedName(obj);
	}

	protected QualifiedName qualifiedName(EnergyFile file) {
		String name = file.getName();
		if (name != null && !name.isBlank()) {
			return getConverter().toQualifiedName(name);
		}
		Resource resource = file.eResource();
		String fileName = resource == null ? "" : resource.getURI().trimFileExtension().lastSegment();
		return QualifiedName.create(defaultPackage(fileName == null ? "" : fileName));
	}

	/** {@code r1-vs-llama} → {@code r1_vs_llama}; a leading digit gets a {@code _} in front. */
	public static String defaultPackage(String fileName) {
		String decoded = org.eclipse.emf.common.util.URI.decode(fileName);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < decoded.length(); i++) {
			char c = decoded.charAt(i);
			b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
		}
		if (b.isEmpty() || Character.isDigit(b.charAt(0))) {
			b.insert(0, '_');
		}
		return b.toString();
	}
}
