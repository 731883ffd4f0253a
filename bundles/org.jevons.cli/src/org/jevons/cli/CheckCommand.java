package org.jevons.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.dsl.workspace.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jevons check FILE|DIR...}: parse and validate; diagnostics in compiler form on stderr. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Parse and validate .energy files; print diagnostics as path:line:column: severity: message.")
class CheckCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files, or folders of .energy files.")
	private List<Path> paths = List.of();

	@Override
	public Integer call() {
		List<Path> files = Inputs.expand(spec.commandLine(), paths, main.workingDirectory());
		EnergyWorkspace workspace = EnergyWorkspace.load(files, main.workingDirectory());
		PrintWriter err = spec.commandLine().getErr();
		List<Problem> problems = workspace.validate();
		problems.forEach(p -> err.println(p.format()));
		err.flush();
		return problems.stream().anyMatch(Problem::isError) ? Main.FAILED : Main.OK;
	}
}
