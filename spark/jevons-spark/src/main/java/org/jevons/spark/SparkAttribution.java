package org.jevons.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jevons.analysis.Estimate;
import org.jevons.attribution.Group;
import org.jevons.attribution.InputProblems;
import org.jevons.attribution.LogRow;
import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage.Role;

/**
 * {@code jevons attribute} as a Spark job: Parquet logs in, each partition through the same
 * {@link org.jevons.attribution.Attribution} as the embedded path ({@code mapPartitions}), per-request results and
 * aggregates out as Parquet. Submit {@link Main} with {@code spark-submit}; tests call {@link #run} in local mode.
 */
public final class SparkAttribution {
	/** Columns of the selected input, in the order {@link #fill} reads them; extra --by columns follow. */
	private static final int SOURCE = 0, ROW = 1, TIME = 2, MODEL = 3, PROVIDER = 4, REGION = 5, PROMPT = 6,
			REASONING = 7, ANSWER = 8, CARBON = 9, EXTRA = 10;
	static final StructType REQUESTS = new StructType().add("source", DataTypes.StringType)
			.add("row", DataTypes.LongType).add("time", DataTypes.TimestampType).add("model", DataTypes.StringType)
			.add("workload", DataTypes.StringType).add("prompt_tokens", DataTypes.DoubleType)
			.add("reasoning_tokens", DataTypes.DoubleType).add("answer_tokens", DataTypes.DoubleType)
			.add("energy_wh", DataTypes.DoubleType).add("carbon_g", DataTypes.DoubleType)
			.add("water_ml", DataTypes.DoubleType);
	private static final String[] FIGURES = { "energy_kwh", "carbon_kg", "water_l" };
	private static final double[] FROM_SI = { 1 / 3.6e6, 1, 1 };

	private SparkAttribution() {
	}

	/** What a run produced (the aggregates are also written when asked for). */
	public record Result(long attributed, InputProblems problems, List<Group> groups) {
	}

	public static Result run(SparkSession spark, PlanSource source, List<String> logs, Optional<String> requestsOut,
			Optional<String> aggregatesOut) {
		Plan plan = source.plan();
		Dataset<Row> log = spark.read().parquet(logs.toArray(String[]::new));
		List<String> present = Arrays.asList(log.columns());
		for (Map.Entry<Role, String> c : plan.usage().columns().entrySet()) {
			if (!present.contains(c.getValue())) {
				throw new IllegalArgumentException("column '" + c.getValue() + "' (" + c.getKey().keyword()
						+ " of usage " + plan.usage().name() + ") is not in the log; its columns are " + present);
			}
		}
		Dataset<Row> selected = log.select(columns(plan).toArray(Column[]::new));
		PartialResults results = new PartialResults();
		spark.sparkContext().register(results, "jevons attribution");
		Dataset<Row> requests = selected.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
			return new AttributingIterator(source, rows, results, TaskContext.getPartitionId());
		}, Encoders.row(REQUESTS));
		if (requestsOut.isPresent()) {
			requests.write().mode(SaveMode.Overwrite).parquet(requestsOut.get());
		} else {
			requests.write().format("noop").mode(SaveMode.Overwrite).save();
		}
		List<Group> groups = results.groups();
		aggregatesOut.ifPresent(out -> writeAggregates(spark, plan.by(), groups, out));
		return new Result(groups.stream().mapToLong(Group::requests).sum(), results.problems(), groups);
	}

	private static List<Column> columns(Plan plan) {
		Map<Role, String> c = plan.usage().columns();
		List<Column> columns = new ArrayList<>(List.of(col("_metadata.file_path"),
				col("_metadata.row_index").plus(1), time(c.get(Role.TIME)), text(c.get(Role.MODEL)),
				text(c.get(Role.PROVIDER)), text(c.get(Role.REGION)), number(c.get(Role.PROMPT)),
				c.containsKey(Role.REASONING) ? number(c.get(Role.REASONING)) : lit(0.0), number(c.get(Role.ANSWER)),
				number(c.get(Role.CARBON))));
		plan.extraColumns().forEach(name -> columns.add(col(quoted(name)).cast("string")));
		return columns;
	}

	private static Column time(String column) {
		return column == null ? lit(null).cast("long") : expr("unix_micros(try_cast(" + quoted(column) + " AS TIMESTAMP))");
	}

	private static Column text(String column) {
		return column == null ? lit("") : col(quoted(column)).cast("string");
	}

	private static Column number(String column) {
		return column == null ? lit(null).cast("double") : expr("try_cast(" + quoted(column) + " AS DOUBLE)");
	}

	private static String quoted(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	/** One selected row into the attribution's row. */
	static void fill(LogRow row, Row r) {
		row.source = r.getString(SOURCE);
		row.row = r.getLong(ROW);
		row.time = r.isNullAt(TIME) ? LogRow.NO_TIME : r.getLong(TIME);
		row.model = r.isNullAt(MODEL) ? "" : r.getString(MODEL);
		row.provider = r.isNullAt(PROVIDER) ? "" : r.getString(PROVIDER);
		row.region = r.isNullAt(REGION) ? "" : r.getString(REGION);
		row.prompt = number(r, PROMPT);
		row.reasoning = number(r, REASONING);
		row.answer = number(r, ANSWER);
		row.carbon = number(r, CARBON);
		for (int k = 0; k < row.by.length; k++) {
			row.by[k] = r.isNullAt(EXTRA + k) ? "" : r.getString(EXTRA + k);
		}
	}

	private static double number(Row r, int i) {
		return r.isNullAt(i) ? Double.NaN : r.getDouble(i);
	}

	private static void writeAggregates(SparkSession spark, List<String> by, List<Group> groups, String out) {
		StructType schema = new StructType();
		for (String name : by) {
			schema = schema.add(name, DataTypes.StringType);
		}
		schema = schema.add("requests", DataTypes.LongType).add("prompt_tokens", DataTypes.DoubleType)
				.add("output_tokens", DataTypes.DoubleType);
		for (String figure : FIGURES) {
			schema = schema.add(figure, DataTypes.DoubleType);
			for (String p : new String[] { "p05", "p50", "p95" }) {
				schema = schema.add(figure + "_" + p, DataTypes.DoubleType);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Group g : groups) {
			List<Object> values = new ArrayList<>(g.key());
			values.addAll(List.of(g.requests(), g.promptTokens(), g.outputTokens()));
			for (int f = 0; f < FIGURES.length; f++) {
				double scale = FROM_SI[f];
				double total = g.nominal(f) * scale;
				values.add(Double.isNaN(total) ? null : total); // as the embedded path: no carbon or water stated
				Optional<Estimate.Percentiles> p = g.percentiles(f);
				values.add(p.map(q -> q.p05() * scale).orElse(null));
				values.add(p.map(q -> q.p50() * scale).orElse(null));
				values.add(p.map(q -> q.p95() * scale).orElse(null));
			}
			rows.add(RowFactory.create(values.toArray()));
		}
		spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(out);
	}
}
