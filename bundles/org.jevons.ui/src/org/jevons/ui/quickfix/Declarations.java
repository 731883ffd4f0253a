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
		return matching(simpleName::equals);
	}

	/**
	 * Declarations whose name is a near miss of a misspelled one (library and workspace): at most a quarter of its
	 * letters changed (at least one), or the same letters in another case or without underscores; closest first.
	 */
	static List<Declared> nearMisses(String misspelled) {
		int allowed = Math.max(1, misspelled.length() / 4);
		List<Declared> found = new ArrayList<>(matching(name -> !name.equals(misspelled)
				&& (loose(name).equals(loose(misspelled)) || distance(name, misspelled) <= allowed)));
		found.sort(java.util.Comparator.comparingInt((Declared d) -> distance(d.name(), misspelled))
				.thenComparing(Declared::qualifiedName));
		return found.subList(0, Math.min(3, found.size()));
	}

	private static String loose(String name) {
		return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static List<Declared> matching(java.util.function.Predicate<String> name) {
		List<Declared> result = new ArrayList<>();
		for (String file : BuiltInLibrary.FILES) {
			URL url = BuiltInLibrary.class.getClassLoader().getResource(file);
			if (url != null) {
				try (InputStream in = url.openStream()) {
					collect(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, result);
				} catch (IOException e) {
					JevonsUi.warning("Cannot read the library file " + file, e);
				}
			}
		}
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile f && "energy".equals(f.getFileExtension())) {
					try (InputStream in = f.getContents(true)) {
						collect(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, result);
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

	private static void collect(String text, java.util.function.Predicate<String> name, List<Declared> result) {
		Matcher p = PACKAGE.matcher(text);
		String pkg = p.find() ? p.group(1) : "";
		Matcher m = DECLARATION.matcher(text);
		while (m.find()) {
			if (name.test(m.group(2))) {
				Declared d = new Declared(pkg, m.group(1), m.group(2));
				if (!result.contains(d)) {
					result.add(d);
				}
			}
		}
	}
}
