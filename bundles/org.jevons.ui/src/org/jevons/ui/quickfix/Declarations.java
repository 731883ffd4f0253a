package org.jevons.ui.quickfix;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.jevons.dsl.library.BuiltInLibrary;
import org.jevons.ui.JevonsUi;

/** The named declarations of the library and of the workspace's .energy files, with their packages (for imports). */
final class Declarations {

	record Declared(String packageName, String kind, String name) {
		String qualifiedName() {
			return packageName.isEmpty() ? name : packageName + "." + name;
		}
	}

	private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
	private static final Pattern DECLARATION = Pattern
			.compile("(?m)^\\s*(accelerator|node|grid|datacenter|model|training|inference|projection|sweep)\\s+(\\w+)\\s*(extends\\s+[\\w.]+\\s*)?\\{");

	private Declarations() {
	}

	static List<Declared> named(String simpleName) {
		List<Declared> result = new ArrayList<>();
		for (String file : BuiltInLibrary.FILES) {
			URL url = BuiltInLibrary.class.getClassLoader().getResource(file);
			if (url != null) {
				try (InputStream in = url.openStream()) {
					collect(new String(in.readAllBytes(), StandardCharsets.UTF_8), simpleName, result);
				} catch (IOException e) {
					JevonsUi.warning("Cannot read the library file " + file, e);
				}
			}
		}
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile f && "energy".equals(f.getFileExtension())) {
					try (InputStream in = f.getContents(true)) {
						collect(new String(in.readAllBytes(), StandardCharsets.UTF_8), simpleName, result);
					} catch (IOException e) {
						JevonsUi.warning("Cannot read " + f.getFullPath(), e);
					}
				}
				return resource.getType() == IResource.ROOT || resource.isAccessible();
			});
		} catch (CoreException e) {
			JevonsUi.warning("Cannot search the workspace for declarations", e);
		}
		return result;
	}

	private static void collect(String text, String simpleName, List<Declared> result) {
		Matcher p = PACKAGE.matcher(text);
		String pkg = p.find() ? p.group(1) : "";
		Matcher m = DECLARATION.matcher(text);
		while (m.find()) {
			if (m.group(2).equals(simpleName)) {
				Declared d = new Declared(pkg, m.group(1), m.group(2));
				if (!result.contains(d)) {
					result.add(d);
				}
			}
		}
	}
}
