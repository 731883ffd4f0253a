package org.jevons.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ServerLauncher;
import org.jevons.dsl.ide.server.EnergyServerModule;
import org.jevons.dsl.ide.symbols.LibraryFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jevons lsp}: the Xtext language server with the Jevons services, over stdio. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = "Run the language server on stdin/stdout (for any LSP editor).")
class LspCommand implements Callable<Integer> {

	@Option(names = "--log", description = "Log the server's messages to a file instead of discarding them.")
	private boolean log;

	@Option(names = "--trace", description = "Trace LSP messages.")
	private boolean trace;

	@Override
	public Integer call() {
		List<String> args = new ArrayList<>();
		if (log) {
			args.add("-log");
		}
		if (trace) {
			args.add("-trace");
		}
		// other editors open file: URIs only, not the jar: URIs of the built-in library
		System.setProperty(LibraryFiles.ENABLED, "true");
		// takes System.in/System.out for JSON-RPC and silences the standard streams
		ServerLauncher.launch(ServerLauncher.class.getName(), args.toArray(String[]::new), EnergyServerModule.create());
		return Main.OK;
	}
}
