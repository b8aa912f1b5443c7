package org.liaison.exchange.internal;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code import_checkpoint} table: how far an input's import has committed. */
@Component
public class ImportCheckpoints {

	private final JdbcTemplate jdbc;

	ImportCheckpoints(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts so far of one input's import. */
	public record Checkpoint(long position, long read, long created, long updated, long unchanged, long rejected) {

		public static final Checkpoint START = new Checkpoint(0, 0, 0, 0, 0, 0);

		public Checkpoint plus(long newPosition, long read, long created, long updated, long unchanged, long rejected) {
			return new Checkpoint(newPosition, this.read + read, this.created + created, this.updated + updated,
					this.unchanged + unchanged, this.rejected + rejected);
		}

	}

	public Optional<Checkpoint> find(String key) {
		return jdbc.query("select position, read, created, updated, unchanged, rejected from import_checkpoint "
				+ "where input_key = ?", (rs, n) -> new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getLong(6)), key)
			.stream().findFirst();
	}

	/** Records the checkpoint, in the caller's transaction (the batch's). */
	public void save(String key, String input, Checkpoint checkpoint) {
		jdbc.update("insert into import_checkpoint (input_key, input, position, read, created, updated, unchanged, "
				+ "rejected, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (input_key) do update set "
				+ "position = excluded.position, read = excluded.read, created = excluded.created, "
				+ "updated = excluded.updated, unchanged = excluded.unchanged, rejected = excluded.rejected, "
				+ "updated_at = now()", key, input, checkpoint.position(), checkpoint.read(), checkpoint.created(),
				checkpoint.updated(), checkpoint.unchanged(), checkpoint.rejected());
	}

	public void delete(String key) {
		jdbc.update("delete from import_checkpoint where input_key = ?", key);
	}

}
