package org.jevons.attribution;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates of an attribution by the values of its {@code --by} columns. The lookup reuses one probe key, and
 * time buckets are formatted once per bucket, so a row costs no allocation unless it opens a new aggregate.
 */
final class GroupKeys {
	private static final long HOUR = 3_600_000_000L, DAY = 24 * HOUR;

	private final List<String> by;
	private final List<String> extra;
	private final int samples;
	private final Map<Key, Group> groups = new LinkedHashMap<>();
	private final Key probe;
	private long lastBucket = Long.MIN_VALUE;
	private final String[] lastText;

	GroupKeys(List<String> by, List<String> extra, int samples) {
		this.by = by;
		this.extra = extra;
		this.samples = samples;
		probe = new Key(new String[by.size()]);
		lastText = new String[by.size()];
	}

	Group of(LogRow row, String workload) {
		String[] parts = probe.parts;
		for (int k = 0; k < parts.length; k++) {
			parts[k] = part(by.get(k), k, row, workload);
		}
		probe.rehash();
		Group group = groups.get(probe);
		if (group == null) {
			Key key = new Key(parts.clone());
			key.rehash();
			group = new Group(List.of(key.parts), samples);
			groups.put(key, group);
		}
		return group;
	}

	private String part(String name, int k, LogRow row, String workload) {
		return switch (name) {
		case "workload" -> workload;
		case "model" -> row.model;
		case "provider" -> row.provider;
		case "region" -> row.region;
		case "hour", "day", "month", "year" -> bucket(name, k, row.time);
		default -> {
			String value = row.by[extra.indexOf(name)];
			yield value == null ? "" : value;
		}
		};
	}

	/** ISO text of the time's hour, day, month or year (UTC); recomputed only when the hour changes. */
	private String bucket(String name, int k, long time) {
		long hour = Math.floorDiv(time, HOUR);
		if (hour == lastBucket && lastText[k] != null) {
			return lastText[k];
		}
		if (hour != lastBucket) {
			Arrays.fill(lastText, null);
			lastBucket = hour;
		}
		LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(time, DAY));
		String text = switch (name) {
		case "hour" -> date + "T" + String.format("%02d", Math.floorMod(hour, 24));
		case "day" -> date.toString();
		case "month" -> date.toString().substring(0, 7);
		default -> String.valueOf(date.getYear());
		};
		lastText[k] = text;
		return text;
	}

	/** The aggregates in order of first appearance. */
	List<Group> groups() {
		return List.copyOf(groups.values());
	}

	private static final class Key {
		final String[] parts;
		private int hash;

		Key(String[] parts) {
			this.parts = parts;
		}

		void rehash() {
			hash = Arrays.hashCode(parts);
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && k.hash == hash && Arrays.equals(k.parts, parts);
		}
	}
}
