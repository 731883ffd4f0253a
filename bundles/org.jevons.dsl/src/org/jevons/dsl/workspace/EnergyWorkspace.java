package org.jevons.dsl.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jevons.dsl.EnergyStandaloneSetup;
import org.jevons.dsl.library.BuiltInLibrary;
import org.jevons.model.energy.EnergyFile;

import com.google.inject.Injector;

/**
 * Files loaded into one resource set, so that references across files and into the built-in library resolve.
 * Files that cannot be a model (binary, too large, unreadable) get one diagnostic and are not parsed.
 */
public final class EnergyWorkspace {

	/** Larger files are refused with a diagnostic rather than parsed for minutes. */
	public static final long MAX_FILE_BYTES = 16L << 20;
	/** Like javac's -Xmaxerrs: a broken file reports this many diagnostics, then a count of the rest. */
	public static final int MAX_PROBLEMS_PER_FILE = 100;
	/** The code of the line that counts the problems not shown. */
	public static final String MORE_PROBLEMS = "jevons.file.moreProblems";

	/** Load option of the resource set: resource URI → the path as the user gave it. */
	private static final String SHOWN_PATHS = "org.jevons.workspace.shownPaths";

	private static volatile Injector injector;

	private final XtextResourceSet resourceSet;
	private final Map<Resource, Path> paths = new LinkedHashMap<>();
	private final List<Problem> loadProblems = new ArrayList<>();

	private EnergyWorkspace(XtextResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	/** The language's injector, created once per JVM. */
	public static Injector injector() {
		Injector i = injector;
		if (i == null) {
			synchronized (EnergyWorkspace.class) {
				i = injector;
				if (i == null) {
					try {
						i = new EnergyStandaloneSetup().createInjectorForModels();
					} catch (RuntimeException e) {
						Throwable earlier = prepareFailure;
						if (earlier != null && earlier != e) {
							e.addSuppressed(earlier);
						}
						throw e;
					}
					injector = i;
				}
			}
		}
		return i;
	}

	/**
	 * Starts creating the injector and parsing the built-in library on a background thread, so that a command line
	 * parses its options and reads its files meanwhile (on two cores about a fifth of a {@code check}'s start).
	 * {@link #injector()} and the library wait for it. A failure is not reported from here: the caller's own
	 * {@link #injector()} repeats the set-up in its thread and fails there, with the first failure attached.
	 */
	public static synchronized void prepareInBackground() {
		if (preparing == null) {
			preparing = Thread.ofPlatform().daemon().name("jevons-prepare").start(() -> {
				try {
					injector().getInstance(BuiltInLibrary.class).exportedObjects();
				} catch (RuntimeException | LinkageError e) {
					prepareFailure = e;
				}
			});
		}
	}

	/**
	 * Waits until {@link #prepareInBackground()} is done. A process must not exit while that thread loads classes:
	 * the JVM writing its class-data archive at exit crashes on a class being defined at the same moment.
	 */
	public static void awaitPrepared() throws InterruptedException {
		Thread thread = preparing;
		if (thread != null) {
			thread.join();
		}
	}

	private static volatile Thread preparing;
	/** Why {@link #prepareInBackground()} failed, attached to the caller's own failure. */
	private static volatile Throwable prepareFailure;

	/** Loads files given relative to this process's folder (or absolute). */
	public static EnergyWorkspace load(List<Path> files) {
		return load(files, Path.of("").toAbsolutePath());
	}

	/**
	 * Loads files given relative to a working directory (or absolute): a long-lived process serves callers in other
	 * folders. Diagnostics and reports name each file as it was given.
	 */
	public static EnergyWorkspace load(List<Path> files, Path workingDirectory) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		set.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		EnergyWorkspace workspace = new EnergyWorkspace(set);
		Map<Resource, byte[]> contents = new LinkedHashMap<>();
		for (Path file : files) {
			workspace.add(file, workingDirectory.resolve(file))
					.ifPresent(loaded -> contents.put(loaded.resource(), loaded.bytes()));
		}
		IResourceDescription.Manager manager = injector().getInstance(IResourceDescription.Manager.class);
		ParallelFiles.parse(contents, set.getLoadOptions(), manager).forEach(workspace::unreadable);
		installIndex(set, manager);
		ParallelFiles.link(List.copyOf(set.getResources()));
		return workspace;
	}

	/**
	 * One index of the names the files export, computed once: cross-file look-ups read it instead of walking
	 * every resource's description (it halved the linking of a 100 000-line workspace). The same diagnostics. Its
	 * entries are frozen copies: the files are linked on several threads next, and Xtext's descriptions would read
	 * the resources while other threads change them.
	 */
	private static void installIndex(XtextResourceSet set, IResourceDescription.Manager manager) {
		ResourceDescriptionsData index = new ResourceDescriptionsData(List.of());
		for (Resource resource : List.copyOf(set.getResources())) {
			index.addDescription(resource.getURI(), new FrozenDescription(manager.getResourceDescription(resource)));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, index);
	}

	/** A file whose bytes the parser could not read: a diagnostic, and no resource in the workspace. */
	private void unreadable(Resource resource, IOException e) {
		Path file = paths.remove(resource);
		resourceSet.getResources().remove(resource);
		loadProblems.add(cannotRead(file.toString(), e));
	}

	private static Problem cannotRead(String shown, IOException e) {
		return new Problem(shown, 1, 1, Problem.Severity.ERROR, "cannot read: " + e.getMessage(),
				"jevons.file.unreadable");
	}

	/** A file read and given its (not yet parsed) resource. */
	private record Read(Resource resource, byte[] bytes) {
	}

	/** Reads a file (shown as given, read where located) and creates its resource; parsing comes later. */
	private Optional<Read> add(Path file, Path located) {
		String shown = file.toString();
		try {
			long size = Files.size(located);
			if (size > MAX_FILE_BYTES) {
				loadProblems.add(new Problem(shown, 1, 1, Problem.Severity.ERROR, "file too large to be a model ("
						+ size + " bytes; the limit is " + MAX_FILE_BYTES + ")", "jevons.file.tooLarge"));
				return Optional.empty();
			}
			byte[] bytes = Files.readAllBytes(located);
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == 0) {
					int[] lineColumn = lineColumn(bytes, i);
					loadProblems.add(new Problem(shown, lineColumn[0], lineColumn[1], Problem.Severity.ERROR,
							"binary content (a NUL byte): not a .energy text file", "jevons.file.binary"));
					return Optional.empty();
				}
			}
			URI uri = URI.createFileURI(located.toAbsolutePath().normalize().toString());
			Resource resource = resourceSet.createResource(uri);
			paths.put(resource, file);
			shownPaths().put(uri, shown);
			return Optional.of(new Read(resource, bytes));
		} catch (IOException e) {
			loadProblems.add(cannotRead(shown, e));
			return Optional.empty();
		}
	}

	private static int[] lineColumn(byte[] bytes, int offset) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return new int[] { line, column };
	}

	/** Parses, links and validates every file; diagnostics in file order, then line order. */
	public List<Problem> validate() {
		List<Problem> problems = new ArrayList<>(loadProblems);
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		for (Map.Entry<Resource, Path> entry : paths.entrySet()) {
			String shown = entry.getValue().toString();
			List<Issue> issues = validator.validate(entry.getKey(), CheckMode.ALL, CancelIndicator.NullImpl);
			for (Issue issue : issues.subList(0, Math.min(issues.size(), MAX_PROBLEMS_PER_FILE))) {
				problems.add(toProblem(shown, issue));
			}
			if (issues.size() > MAX_PROBLEMS_PER_FILE) {
				problems.add(hidden(shown, issues.subList(MAX_PROBLEMS_PER_FILE, issues.size()).stream()
						.map(i -> toProblem(shown, i)).toList()));
			}
		}
		return problems;
	}

	/**
	 * One line for the problems not shown, with the severity of the worst of them, so that warnings left out do
	 * not turn into an error: "12 more problems in this file not shown (2 errors, 10 warnings)".
	 */
	static Problem hidden(String file, List<Problem> rest) {
		long errors = rest.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		long warnings = rest.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		long infos = rest.size() - errors - warnings;
		Problem.Severity worst = errors > 0 ? Problem.Severity.ERROR
				: warnings > 0 ? Problem.Severity.WARNING : Problem.Severity.INFO;
		List<String> counts = new ArrayList<>();
		addCount(counts, errors, "error");
		addCount(counts, warnings, "warning");
		addCount(counts, infos, "note");
		return new Problem(file, 1, 1, worst, rest.size() + " more problems in this file not shown ("
				+ String.join(", ", counts) + ")", MORE_PROBLEMS);
	}

	private static void addCount(List<String> counts, long n, String word) {
		if (n > 0) {
			counts.add(n + " " + word + (n == 1 ? "" : "s"));
		}
	}

	private static Problem toProblem(String file, Issue issue) {
		Problem.Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Problem.Severity.ERROR;
		case WARNING -> Problem.Severity.WARNING;
		default -> Problem.Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Problem(file, line, column, severity, issue.getMessage(),
				issue.getCode() == null ? "" : issue.getCode());
	}

	/** The parsed files, in the order given. */
	public List<EnergyFile> files() {
		List<EnergyFile> files = new ArrayList<>();
		for (Resource r : paths.keySet()) {
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof EnergyFile f) {
				files.add(f);
			}
		}
		return files;
	}

	private Map<URI, String> shownPaths() {
		@SuppressWarnings("unchecked")
		Map<URI, String> map = (Map<URI, String>) resourceSet.getLoadOptions().computeIfAbsent(SHOWN_PATHS,
				k -> new java.util.HashMap<URI, String>());
		return map;
	}

	/** The path a resource of a workspace was given as (analysis origins and diagnostics use it). */
	public static Optional<String> shownPath(Resource resource) {
		if (resource.getResourceSet() != null
				&& resource.getResourceSet().getLoadOptions().get(SHOWN_PATHS) instanceof Map<?, ?> map
				&& map.get(resource.getURI()) instanceof String shown) {
			return Optional.of(shown);
		}
		return Optional.empty();
	}

	/** The path a resource was loaded from, as the user gave it. */
	public Optional<Path> pathOf(Resource resource) {
		return Optional.ofNullable(paths.get(resource));
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}
}
