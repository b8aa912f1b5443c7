package org.liaison.common;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.usertype.UserType;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a {@link LocalizedText} as a PostgreSQL {@code jsonb} object of language tag to text,
 * which keeps every translation of a field in its row and lets SQL read any one of them.
 */
public class LocalizedTextType implements UserType<LocalizedText> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	@Override
	public int getSqlType() {
		return Types.OTHER;
	}

	@Override
	public Class<LocalizedText> returnedClass() {
		return LocalizedText.class;
	}

	@Override
	public LocalizedText nullSafeGet(ResultSet rs, int position, SharedSessionContractImplementor session, Object owner)
			throws SQLException {
		String json = rs.getString(position);
		return (json == null) ? LocalizedText.empty() : fromJson(json);
	}

	@Override
	public void nullSafeSet(PreparedStatement st, LocalizedText value, int index, SharedSessionContractImplementor session)
			throws SQLException {
		st.setObject(index, toJson(value == null ? LocalizedText.empty() : value), Types.OTHER);
	}

	public static LocalizedText fromJson(String json) {
		return LocalizedText.of(JSON.readValue(json, MAP));
	}

	public static String toJson(LocalizedText text) {
		return JSON.writeValueAsString(new LinkedHashMap<>(text.asMap()));
	}

	@Override
	public boolean equals(LocalizedText x, LocalizedText y) {
		return java.util.Objects.equals(x, y);
	}

	@Override
	public int hashCode(LocalizedText x) {
		return x.hashCode();
	}

	@Override
	public LocalizedText deepCopy(LocalizedText value) {
		return value; // immutable
	}

	@Override
	public boolean isMutable() {
		return false;
	}

	@Override
	public Serializable disassemble(LocalizedText value) {
		return (value == null) ? null : new LinkedHashMap<>(value.asMap());
	}

	@Override
	@SuppressWarnings("unchecked")
	public LocalizedText assemble(Serializable cached, Object owner) {
		return (cached == null) ? null : LocalizedText.of((Map<String, String>) cached);
	}

}
