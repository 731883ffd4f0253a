package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index a workspace installs before linking its files on several threads: it exports what Xtext's descriptions
 * export, and reading it never touches a file's resource (whose adapter list the thread linking that file changes
 * meanwhile — the race behind an {@code ArrayIndexOutOfBoundsException} inside EMF).
 */
class WorkspaceIndexTest {
	@TempDir
	Path dir;

	@Test
	void theIndexExportsWhatXtextExportsWithoutTouchingTheResources() throws Exception {
		Path a = Files.writeString(dir.resolve("a.energy"), "package p.a\n"
				+ "accelerator Chip { peak bf16 989 TFLOP/s  power 700 W }\n"
				+ "model Dense { architecture dense  parameters 7B }\n");
		Path b = Files.writeString(dir.resolve("b.energy"), "package p.b\nimport p.a.*\n"
				+ "model Other extends Unknown { architecture dense  parameters 8B }\n");
		EnergyWorkspace workspace = EnergyWorkspace.load(List.of(a, b), dir);
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter
				.findResourceDescriptionsData(workspace.resourceSet());
		IResourceDescription.Manager manager = EnergyInjector.get().getInstance(IResourceDescription.Manager.class);
		List<Resource> resources = List.copyOf(workspace.resourceSet().getResources());
		assertEquals(2, resources.size());
		for (Resource resource : resources) {
			assertEquals(names(manager.getResourceDescription(resource).getExportedObjects()),
					names(index.getResourceDescription(resource.getURI()).getExportedObjects()));
			resource.eAdapters().clear();
		}
		assertEquals(List.of("p.a.Chip"),
				names(index.getExportedObjects(EcorePackage.Literals.EOBJECT, QualifiedName.create("p", "a", "Chip"),
						false)));
		assertTrue(names(index.getExportedObjectsByType(EcorePackage.Literals.EOBJECT)).containsAll(
				List.of("p.a.Chip", "p.a.Dense", "p.b.Other")));
		for (Resource resource : resources) {
			assertEquals(List.of(), resource.eAdapters(), "reading the index attached to " + resource.getURI());
		}
	}

	private static List<String> names(Iterable<IEObjectDescription> objects) {
		List<String> names = new ArrayList<>();
		objects.forEach(d -> names.add(d.getQualifiedName().toString()));
		return names;
	}
}
