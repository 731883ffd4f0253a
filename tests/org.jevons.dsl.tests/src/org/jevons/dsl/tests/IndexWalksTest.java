package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.jevons.dsl.scoping.PackageAwareScopeProvider;
import org.jevons.dsl.scoping.ResolvedOnceResource;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.ModelRef;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of name resolution and indexing give what Xtext's full walks give: the index's names and references
 * of every example, acceptance case and library file, the local scope's names, and references resolved again after
 * a file they point into was unloaded.
 */
class IndexWalksTest {

	@Test
	void namesAndReferencesOfEveryFileAreThoseOfXtextsFullWalk() throws IOException {
		List<Resource> resources = allFiles();
		IResourceDescription.Manager manager = Energy.injector().getInstance(IResourceDescription.Manager.class);
		DefaultResourceDescriptionStrategy plain = new DefaultResourceDescriptionStrategy();
		plain.setQualifiedNameProvider(Energy.injector().getInstance(IQualifiedNameProvider.class));
		int references = 0;
		for (Resource resource : resources) {
			IResourceDescription ours = manager.getResourceDescription(resource);
			IResourceDescription full = new DefaultResourceDescription(resource, plain, IResourceScopeCache.NullImpl.INSTANCE);
			String file = resource.getURI().lastSegment();
			assertEquals(names(full.getExportedObjects()), names(ours.getExportedObjects()), file);
			assertEquals(references(full.getReferenceDescriptions()), references(ours.getReferenceDescriptions()), file);
			references += references(ours.getReferenceDescriptions()).size();
		}
		assertTrue(resources.size() > 15 && references > 30, resources.size() + " files, " + references + " references");
	}

	@Test
	void localNamesAreThoseOfAWalkOverEveryObject() throws IOException {
		LocalNames provider = new LocalNames();
		Energy.injector().injectMembers(provider);
		IQualifiedNameProvider names = Energy.injector().getInstance(IQualifiedNameProvider.class);
		for (Resource resource : allFiles()) {
			List<String> expected = names(Scopes.scopedElementsFor(() -> EcoreUtil.getAllContents(resource, false), names));
			assertEquals(expected, names(provider.all(resource).getExportedObjects()), resource.getURI().lastSegment());
		}
		XtextResource usage = Energy.parse("usage Logs {\n    column prompt_tokens \"in\"\n}\n");
		assertTrue(names(provider.all(usage).getExportedObjects()).toString().contains("Logs.in"),
				"a usage's named columns are found below it");
	}

	@Test
	void referencesAreResolvedAgainAfterTheTextChanged() throws IOException {
		XtextResourceSet set = Energy.newResourceSet();
		XtextResource models = Energy.parse(set, "models.energy",
				"package p\nmodel M {\n    parameters 7B\n}\nmodel N {\n    parameters 8B\n}\n");
		XtextResource serving = Energy.parse(set, "serving.energy", "package p\n"
				+ "import jevons.library.hardware.*\ninference S {\n    model M\n    on 1 x H100_SXM\n}\n");
		assertTrue(serving instanceof ResolvedOnceResource, serving.getClass().getName());
		EcoreUtil2.resolveLazyCrossReferences(serving, CancelIndicator.NullImpl);
		assertSame(declaration(models, 0), modelOf(serving));

		serving.reparse("package p\nimport jevons.library.hardware.*\ninference S {\n    model N\n    on 1 x H100_SXM\n}\n");
		assertTrue(modelOf(serving).eIsProxy(), "linked again: a lazy proxy");
		EcoreUtil2.resolveLazyCrossReferences(serving, CancelIndicator.NullImpl);
		assertSame(declaration(models, 1), modelOf(serving));
	}

	private static EObject declaration(XtextResource resource, int index) {
		return ((EnergyFile) resource.getContents().get(0)).getDeclarations().get(index);
	}

	private static EObject modelOf(XtextResource serving) {
		Inference inference = (Inference) ((EnergyFile) serving.getContents().get(0)).getDeclarations().get(0);
		ModelRef ref = EcoreUtil2.getAllContentsOfType(inference, ModelRef.class).get(0);
		return (EObject) ref.eGet(EnergyPackage.Literals.MODEL_REF__MODEL, false);
	}

	@Test
	void everyReferenceSeesWhatXtextsScopePerEnclosingObjectShows() throws IOException {
		LocalNames provider = new LocalNames();
		Energy.injector().injectMembers(provider);
		int references = 0;
		for (Resource resource : allFiles()) {
			for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, false)) {
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || object.eContainer() == null) {
						continue;
					}
					references++;
					assertEquals(names(provider.xtextScope(object, reference).getAllElements()),
							names(provider.getScope(object, reference).getAllElements()),
							resource.getURI().lastSegment() + " " + object.eClass().getName() + "." + reference.getName());
				}
			}
		}
		assertTrue(references > 100, references + " references");
	}

	/** The local scope's names of a resource, as the scope provider collects them, and Xtext's walk of scopes. */
	private static final class LocalNames extends PackageAwareScopeProvider {
		org.eclipse.xtext.resource.ISelectable all(Resource resource) {
			return internalGetAllDescriptions(resource);
		}

		/** Xtext's {@code getScope}: the resource's scope, then one more for each enclosing object. */
		IScope xtextScope(EObject context, EReference reference) {
			IScope outer = context.eContainer() == null ? getResourceScope(context.eResource(), reference)
					: xtextScope(context.eContainer(), reference);
			return getLocalElementsScope(outer, context, reference);
		}
	}

	/** The examples, the acceptance cases and the library, loaded and resolved together. */
	private static List<Resource> allFiles() throws IOException {
		XtextResourceSet set = Energy.newResourceSet();
		List<Path> files = new ArrayList<>();
		for (Path dir : List.of(Energy.bundleDir().resolve("../../examples").normalize(),
				Energy.resources().resolve("acceptance"))) {
			try (Stream<Path> s = Files.walk(dir)) {
				s.filter(p -> p.toString().endsWith(".energy")).sorted().forEach(files::add);
			}
		}
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(Energy.parse(set, file.getFileName() + "-" + resources.size() + ".energy",
					Files.readString(file)));
		}
		resources.addAll(LibraryTest.libraryResources());
		EcoreUtil2.resolveAll(set);
		return resources;
	}

	private static List<String> names(Iterable<IEObjectDescription> descriptions) {
		List<String> out = new ArrayList<>();
		descriptions.forEach(d -> out.add(d.getQualifiedName() + " " + d.getEClass().getName() + " " + d.getEObjectURI()));
		return out;
	}

	private static List<String> references(Iterable<IReferenceDescription> descriptions) {
		List<String> out = new ArrayList<>();
		descriptions.forEach(d -> out.add(d.getSourceEObjectUri() + " " + d.getEReference().getName() + "["
				+ d.getIndexInList() + "] -> " + d.getTargetEObjectUri() + " in " + d.getContainerEObjectURI()));
		return out;
	}
}
