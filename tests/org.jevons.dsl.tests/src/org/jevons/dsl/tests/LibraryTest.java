package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jevons.dsl.library.BuiltInLibrary;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.junit.jupiter.api.Test;

/** The built-in library ships inside the bundle, parses, and exports the declarations the issue names. */
class LibraryTest {

	@Test
	void libraryExportsTheRequiredDeclarations() {
		BuiltInLibrary library = EnergyInjector.get().getInstance(BuiltInLibrary.class);
		Set<String> names = library.exportedObjects().stream().map(d -> d.getQualifiedName().toString())
				.collect(Collectors.toSet());
		for (String n : List.of("jevons.library.hardware.H100_SXM", "jevons.library.hardware.H800",
				"jevons.library.hardware.TPU_v5p", "jevons.library.grids.China", "jevons.library.grids.Hyperscale",
				"jevons.library.models.DeepSeek_V3", "jevons.library.models.Llama_3_3_70B")) {
			assertTrue(names.contains(n), n + " missing from " + names);
		}
	}

	/** The library files loaded on their own, under the URIs the library uses. */
	static List<org.eclipse.emf.ecore.resource.Resource> libraryResources() throws java.io.IOException {
		org.eclipse.xtext.resource.XtextResourceSet set = Energy.newResourceSet();
		List<org.eclipse.emf.ecore.resource.Resource> out = new java.util.ArrayList<>();
		for (String file : BuiltInLibrary.FILES) {
			java.net.URL url = BuiltInLibrary.class.getClassLoader().getResource(file);
			assertTrue(url != null, file);
			org.eclipse.emf.ecore.resource.Resource r = set
					.createResource(org.eclipse.emf.common.util.URI.createURI(url.toString()));
			try (java.io.InputStream in = url.openStream()) {
				r.load(in, java.util.Map.of());
			}
			out.add(r);
		}
		org.eclipse.xtext.EcoreUtil2.resolveAll(set);
		return out;
	}

	@Test
	void everyLibraryDeclarationValidatesWithoutErrors() throws Exception {
		for (org.eclipse.emf.ecore.resource.Resource r : libraryResources()) {
			List<org.eclipse.xtext.validation.Issue> issues = Energy.validate(r);
			assertEquals(List.of(), Energy.show(issues.stream()
					.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList()),
					r.getURI().lastSegment());
		}
	}

	@Test
	void everyLibraryPropertyHasASource() throws Exception {
		int count = 0;
		for (org.eclipse.emf.ecore.resource.Resource r : libraryResources()) {
			for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = r.getAllContents(); it.hasNext();) {
				if (it.next() instanceof org.jevons.model.energy.Property p) {
					count++;
					String source = p.getSource();
					assertTrue(source != null && !source.isBlank(), () -> r.getURI().lastSegment() + ": "
							+ p.eContainer().eGet(p.eContainer().eClass().getEStructuralFeature("name")) + " "
							+ org.jevons.dsl.model.EffectiveProperties.key(p).orElse("?") + " has no source");
				}
			}
		}
		assertTrue(count > 100, "library properties: " + count);
	}

	@Test
	void aWorkspaceFileResolvesLibraryNamesThroughAnImport() throws Exception {
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lib");
		java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("uses.energy"),
				"import jevons.library.hardware.*\nnode MyNode { accelerators 8 x H100_SXM  host 2 kW }\n");
		EnergyWorkspace workspace = EnergyWorkspace.load(List.of(file));
		assertEquals(List.of(), workspace.validate().stream().map(p -> p.format()).toList());
		assertFalse(workspace.files().isEmpty());
	}

	@Test
	void declarationsOfTheSamePackageInOtherFilesResolveBySimpleName() throws Exception {
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("pkg");
		java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.energy"),
				"package p\naccelerator Chip { power 700 W }\n");
		java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.energy"),
				"package p\nnode Box { accelerators 4 x Chip }\n");
		java.nio.file.Path c = java.nio.file.Files.writeString(dir.resolve("c.energy"),
				"package q\nnode Other { accelerators 4 x Chip }\n");
		EnergyWorkspace workspace = EnergyWorkspace.load(List.of(a, b, c));
		List<String> problems = workspace.validate().stream().map(p -> p.format()).toList();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith(c + ":2:"), problems.toString());
	}
}
