package org.jevons.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.jevons.dsl.model.EffectiveProperties;
import org.jevons.model.energy.Declaration;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Property;

import com.google.inject.Inject;

/** Declarations and their names: duplicates (in a file and across files), extends cycles, repeated properties. */
public class NameValidator extends AbstractEnergyCheck {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	/**
	 * Which declarations one reference could confuse: accelerators and nodes (both hardware), trainings,
	 * inferences, projections and sweeps (all analyses, the target of {@code expect}); every other kind alone.
	 * Declarations of different groups may share a name (a model and an inference both called {@code energy}).
	 */
	static String group(EClass c) {
		EnergyPackage p = EnergyPackage.eINSTANCE;
		if (p.getHardware().isSuperTypeOf(c)) {
			return "hardware";
		}
		if (p.getAnalysis().isSuperTypeOf(c)) {
			return "analysis";
		}
		return c.getName();
	}

	@Check
	public void checkDuplicatesInFile(EnergyFile file) {
		Map<String, List<NamedDeclaration>> byName = new LinkedHashMap<>();
		for (Declaration d : file.getDeclarations()) {
			if (d instanceof NamedDeclaration n) {
				qualifiedName(n).ifPresent(
						qn -> byName.computeIfAbsent(group(n.eClass()) + " " + qn, k -> new ArrayList<>()).add(n));
			}
		}
		for (List<NamedDeclaration> same : byName.values()) {
			if (same.size() > 1) {
				for (NamedDeclaration n : same) {
					error("Duplicate name '" + Kinds.name(n) + "': " + same.size()
							+ " declarations in this file have it; rename all but one", n,
							EnergyPackage.Literals.NAMED_DECLARATION__NAME, IssueCodes.NAME_DUPLICATE);
				}
			}
		}
	}

	/** Across files: the index of every resource the reference resolution sees (the workspace, not the library). */
	@Check(CheckType.NORMAL)
	public void checkDuplicatesAcrossFiles(NamedDeclaration d) {
		Resource resource = d.eResource();
		Optional<QualifiedName> qn = qualifiedName(d);
		if (resource == null || resource.getResourceSet() == null || qn.isEmpty()) {
			return;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(resource.getResourceSet());
		for (IEObjectDescription other : index.getExportedObjects(EnergyPackage.Literals.NAMED_DECLARATION, qn.get(),
				false)) {
			if (!other.getEObjectURI().trimFragment().equals(resource.getURI())
					&& group(other.getEClass()).equals(group(d.eClass()))) {
				error("Duplicate name '" + qn.get() + "': also declared in "
						+ other.getEObjectURI().trimFragment().lastSegment() + "; rename one, or put it in another package",
						d, EnergyPackage.Literals.NAMED_DECLARATION__NAME, IssueCodes.NAME_DUPLICATE);
				return;
			}
		}
	}

	@Check
	public void checkExtendsCycle(NamedDeclaration d) {
		if (EffectiveProperties.inCycle(d)) {
			List<String> path = EffectiveProperties.chain(d).stream().map(Kinds::name).toList();
			error("Cycle in extends: " + String.join(" extends ", path) + " extends " + Kinds.name(d)
					+ "; remove one of these extends", d, d.eClass().getEStructuralFeature("superType"),
					IssueCodes.EXTENDS_CYCLE);
		}
	}

	@Check
	public void checkDuplicateProperties(NamedDeclaration d) {
		Map<String, Property> last = new LinkedHashMap<>();
		List<Property> properties = d.getProperties();
		for (int i = properties.size() - 1; i >= 0; i--) {
			Property p = properties.get(i);
			Optional<String> key = EffectiveProperties.key(p);
			if (key.isEmpty()) {
				continue;
			}
			Property later = last.get(key.get());
			if (later != null) {
				warning("'" + key.get() + "' is given again on line " + line(later)
						+ "; the later value wins: remove one of them", p, null, IssueCodes.PROPERTY_DUPLICATE);
			} else {
				last.put(key.get(), p);
			}
		}
	}

	private Optional<QualifiedName> qualifiedName(NamedDeclaration d) {
		if (d.getName() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(names.getFullyQualifiedName(d));
	}

	static int line(EObject o) {
		INode node = NodeModelUtils.getNode(o);
		return node == null ? 0 : node.getStartLine();
	}
}
