package org.liaison.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log: who did what, to which item, when and from where. The table refuses
 * updates and deletes (a trigger), so the log only grows.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String remoteAddress;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String target;

	private String details;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String remoteAddress, AuditAction action, String target,
			String details) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.remoteAddress = remoteAddress;
		this.action = action;
		this.target = target;
		this.details = details;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getRemoteAddress() {
		return remoteAddress;
	}

	public AuditAction getAction() {
		return action;
	}

	public String getTarget() {
		return target;
	}

	public String getDetails() {
		return details;
	}

}
