package org.jevons.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.log4j.Level;
import org.jevons.dsl.workspace.EnergyWorkspace;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of the headless tools, on a plain JVM classpath (no OSGi). Exit codes: 0 all good, 1 validation
 * errors or a failed {@code expect}, 2 usage error (bad option, missing file).
 */
@Command(name = "jevons", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
		description = "Energy modelling for AI: check and analyse .energy files, or serve them to an editor.")
public class Main implements Runnable {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	/** The commands that read .energy files: the language is set up while their options are parsed. */
	private static final Set<String> PARSES_FILES = Set.of("check", "analyze", "attribute");
	private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");

	/** The commands, in the order of the help; each is a class picocli reads by reflection. */
	private static final Map<String, Supplier<Object>> COMMANDS = commands();

	@Spec
	private CommandSpec spec;

	/** Where the relative paths of this run start: the process's own folder, or the client's in the server. */
	private final Path workingDirectory;

	private Main(Path workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	/** A path of the command line, resolved against this run's working directory (absolute paths stay). */
	Path locate(Path given) {
		return workingDirectory.resolve(given);
	}

	Path workingDirectory() {
		return workingDirectory;
	}

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing command: check, analyze, attribute, validate or lsp");
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Xtext's log4j logging: errors only, to the standard error that is current when they happen. */
	public static void logErrorsTo(Supplier<PrintWriter> currentError) {
		Logging.toCurrentError(Level.ERROR, currentError);
	}

	/** Runs a command in this process and returns its exit code (used by main and by tests). */
	public static int run(String... args) {
		// Xtext's log4j logging: errors only, to standard error (never into a report on standard output)
		Logging.toStandardError(Level.ERROR);
		CommandLine commandLine = new CommandLine(new Main(Path.of("").toAbsolutePath()));
		return execute(commandLine, args, c -> {
		}, () -> {
		});
	}

	/** Runs a command for the background server's client: its folder, its output streams. */
	public static int run(Invocation invocation) {
		CommandLine commandLine = new CommandLine(new Main(invocation.workingDirectory()));
		String[] args = invocation.args().stream().map(arg -> argumentFile(arg, invocation.workingDirectory()))
				.toArray(String[]::new);
		return execute(commandLine, args, c -> {
			c.setOut(invocation.out());
			c.setErr(invocation.err());
			c.setColorScheme(CommandLine.Help.defaultColorScheme(
					invocation.terminal() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
		}, invocation.afterOutOfMemory());
	}

	/**
	 * An argument file ({@code @files.txt}, which picocli reads) located in the run's working directory: picocli
	 * opens it relative to the process's. Only one that exists there: picocli takes any other {@code @...}
	 * literally, and so does the message about it; {@code @@} is picocli's escape for a literal {@code @}.
	 */
	private static String argumentFile(String arg, Path workingDirectory) {
		if (arg.length() < 2 || arg.charAt(0) != '@' || arg.charAt(1) == '@') {
			return arg;
		}
		Path located = workingDirectory.resolve(arg.substring(1));
		return Files.isRegularFile(located) ? "@" + located : arg;
	}

	/**
	 * @param streams sets the output streams; applied once the subcommands are added, since picocli gives them to
	 *                the subcommands present when they are set
	 */
	private static int execute(CommandLine commandLine, String[] args, Consumer<CommandLine> streams,
			Runnable afterOutOfMemory) {
		if (args.length > 0 && PARSES_FILES.contains(args[0])
				&& Arrays.stream(args).noneMatch(HELP_OR_VERSION::contains)) {
			EnergyWorkspace.prepareInBackground();
		}
		// picocli builds a command's model by reflection when it is added: only the command run is added, none
		// for the version; the help and an unknown command see them all
		Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
		if (named != null) {
			commandLine.addSubcommand(args[0], named.get());
		} else if (!(args.length == 1 && (args[0].equals("--version") || args[0].equals("-V")))) {
			COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
		}
		streams.accept(commandLine);
		// a usage error is one line saying what is wrong and where the help is, not the whole help
		commandLine.setParameterExceptionHandler((exception, args1) -> {
			CommandLine cmd = exception.getCommandLine();
			cmd.getErr().println("jevons: " + exception.getMessage());
			cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
			return USAGE;
		});
		commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
			if (exception instanceof IOException io) {
				cmd.getErr().println("jevons: cannot write: " + io.getMessage());
				return USAGE;
			}
			cmd.getErr().println("jevons: internal error, please report it: " + exception);
			return FAILED;
		});
		try {
			int exitCode = commandLine.execute(args);
			EnergyWorkspace.awaitPrepared();
			return exitCode;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return FAILED;
		} catch (OutOfMemoryError e) {
			// what held the memory is unreachable now, so a short message can still be printed
			long heap = Runtime.getRuntime().maxMemory() >> 20;
			commandLine.getErr().println("jevons: out of memory (the Java heap is limited to " + heap
					+ " MB). Analyse fewer files at once, or allow more memory, e.g. JEVONS_JAVA_OPTS=-Xmx"
					+ Math.max(1, 2 * heap / 1024) + "g");
			commandLine.getErr().flush();
			afterOutOfMemory.run();
			return FAILED;
		}
	}

	private static Map<String, Supplier<Object>> commands() {
		Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
		commands.put("check", CheckCommand::new);
		commands.put("analyze", AnalyzeCommand::new);
		commands.put("attribute", AttributeCommand::new);
		commands.put("validate", ValidateCommand::new);
		commands.put("lsp", LspCommand::new);
		return commands;
	}

	/** The version of the tool, from the bundle manifest. */
	static class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String v = Main.class.getPackage().getImplementationVersion();
			return new String[] { "jevons " + (v == null ? "0.1.0" : v) };
		}
	}
}
