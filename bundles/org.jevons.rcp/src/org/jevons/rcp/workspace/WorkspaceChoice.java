package org.jevons.rcp.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The workspace chosen with File > Switch Workspace, in a file the launcher script reads
 * ({@code $XDG_CONFIG_HOME/jevons/workspace}, else {@code ~/.config/jevons/workspace}; {@code -Djevons.workspaceChoice}
 * names another file). {@code ./jevons workbench} starts in it unless {@code JEVONS_WORKSPACE} is set, and starts
 * again in it when the workbench exits to restart after a switch.
 */
public final class WorkspaceChoice {
	private WorkspaceChoice() {
	}

	public static Path file() {
		String explicit = System.getProperty("jevons.workspaceChoice", "");
		if (!explicit.isBlank()) {
			return Path.of(explicit);
		}
		String config = Optional.ofNullable(System.getenv("XDG_CONFIG_HOME")).filter(s -> !s.isBlank())
				.orElse(System.getProperty("user.home") + "/.config");
		return Path.of(config, "jevons", "workspace");
	}

	/** The folder last chosen, if any. */
	public static Optional<Path> chosen() throws IOException {
		Path file = file();
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		String text = Files.readString(file, StandardCharsets.UTF_8).strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
	}

	/**
	 * Remembers the folder (created if missing) and asks for the restart into it; returns whether the restart was
	 * accepted (the user may cancel it, e.g. when asked to save an editor).
	 */
	public static boolean switchTo(Path folder, BooleanSupplier restart) throws IOException {
		Path absolute = folder.toAbsolutePath().normalize();
		Files.createDirectories(absolute);
		Path file = file();
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, absolute + "\n", StandardCharsets.UTF_8);
		return restart.getAsBoolean();
	}
}
