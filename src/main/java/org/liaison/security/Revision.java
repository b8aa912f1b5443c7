package org.liaison.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import org.liaison.security.internal.RevisionUserListener;

/** One Envers revision: a transaction that changed audited items, and who made it. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUserListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private long stamp;

	private String username;

	public Long getId() {
		return id;
	}

	public Instant getAt() {
		return Instant.ofEpochMilli(stamp);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

}
