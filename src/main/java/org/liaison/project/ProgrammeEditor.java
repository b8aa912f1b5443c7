package org.liaison.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.RevisionType;

import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemReferences;
import org.liaison.common.ItemType;
import org.liaison.common.KeyTakenException;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.common.StaleEditException;
import org.liaison.project.internal.BudgetLineRepository;
import org.liaison.project.internal.ProgrammeRepository;
import org.liaison.project.internal.ProjectRepository;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.ItemRevision;
import org.liaison.security.RevisionHistory;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes as the back office edits them, with their budget lines: create, edit on a known
 * version, delete refused while projects belong to the programme. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeEditor {

	private final ProgrammeRepository programmes;

	private final BudgetLineRepository budgetLines;

	private final ProjectRepository projects;

	private final List<ItemReferences> references;

	private final AuditLog audit;

	private final EntityManager entityManager;

	ProgrammeEditor(ProgrammeRepository programmes, BudgetLineRepository budgetLines, ProjectRepository projects,
			List<ItemReferences> references, AuditLog audit, EntityManager entityManager) {
		this.programmes = programmes;
		this.budgetLines = budgetLines;
		this.projects = projects;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** Every programme, latest first (there are tens, not thousands). */
	public List<Programme> all() {
		return programmes.findAllByOrderByStartYearDesc();
	}

	public Optional<Programme> find(long id) {
		return programmes.findById(id);
	}

	public List<BudgetLine> budgetLines(long programmeId) {
		return budgetLines.findByProgrammeIdOrderByYearDesc(programmeId);
	}

	/** What the back office writes about a programme. */
	public record Draft(String slug, LocalizedText name, LocalizedText description, Integer startYear,
			Integer endYear) {
	}

	@Transactional
	public Programme create(Draft draft) {
		if (programmes.findBySlug(draft.slug()).isPresent()) {
			throw new KeyTakenException("slug", draft.slug());
		}
		if (draft.startYear() != null && draft.endYear() != null && draft.endYear() < draft.startYear()) {
			throw new IllegalArgumentException("Programme " + draft.slug() + " ends before it starts");
		}
		Programme programme = programmes.saveAndFlush(new Programme(draft.slug(), draft.name(), draft.description(),
				draft.startYear(), draft.endYear()));
		audit.record(AuditAction.CREATE, "programme:" + programme.getId(), programme.getSlug());
		return programme;
	}

	@Transactional
	public Programme update(long id, long basedOnVersion, Draft draft) {
		Programme programme = require(id);
		if (programme.getVersion() != basedOnVersion) {
			throw new StaleEditException("Programme " + id, basedOnVersion, programme.getVersion());
		}
		return change(programme, draft, AuditAction.UPDATE, null);
	}

	/** The fields a revision compares, in the order the history shows them. */
	public static final List<String> FIELDS = List.of("slug", "name", "description", "startYear", "endYear");

	/** The programme's revisions, oldest first (its budget lines are not part of them). */
	public List<ItemRevision> history(long id) {
		require(id);
		return RevisionHistory.of(entityManager, Programme.class, id, ProgrammeEditor::snapshot, FIELDS);
	}

	/**
	 * Puts an earlier revision's fields back.
	 * @throws IllegalArgumentException when the programme has no such revision
	 */
	@Transactional
	public Programme restore(long id, long revision) {
		Programme programme = require(id);
		ItemRevision old = history(id).stream()
			.filter(r -> r.revision() == revision && r.type() != RevisionType.DEL)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Programme " + id + " has no revision " + revision));
		return change(programme, new Draft((String) old.field("slug"), (LocalizedText) old.field("name"),
				(LocalizedText) old.field("description"), (Integer) old.field("startYear"), (Integer) old.field("endYear")),
				AuditAction.RESTORE, "revision " + revision);
	}

	static Map<String, Object> snapshot(Programme programme) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("slug", programme.getSlug());
		fields.put("name", programme.getName());
		fields.put("description", programme.getDescription());
		fields.put("startYear", programme.getStartYear());
		fields.put("endYear", programme.getEndYear());
		return fields;
	}

	private Programme change(Programme programme, Draft draft, AuditAction action, String note) {
		long id = programme.getId();
		programmes.findBySlug(draft.slug()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new KeyTakenException("slug", draft.slug());
		});
		String oldSlug = programme.getSlug();
		Map<String, Object> before = snapshot(programme);
		programme.edit(draft.slug(), draft.name(), draft.description(), draft.startYear(), draft.endYear());
		programmes.flush();
		if (!oldSlug.equals(draft.slug())) {
			references.forEach(r -> r.rekey(new ItemRef(ItemType.PROGRAMME, oldSlug), draft.slug()));
		}
		Map<String, Object> after = snapshot(programme);
		List<String> changed = FIELDS.stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).toList();
		audit.record(action, "programme:" + id, (note != null) ? note
				: changed.isEmpty() ? "no change" : String.join(", ", changed));
		return programme;
	}
	@Transactional
	public BudgetLine addBudgetLine(long programmeId, LocalizedText title, int year, Money amount, String managedBy) {
		Programme programme = require(programmeId);
		BudgetLine line = budgetLines.save(new BudgetLine(programme, title, year, amount, managedBy));
		audit.record(AuditAction.UPDATE, "programme:" + programmeId, "budget line added: " + year + " " + amount.amount()
				+ " " + amount.currency());
		return line;
	}

	@Transactional
	public void removeBudgetLine(long programmeId, long lineId) {
		BudgetLine line = budgetLines.findById(lineId)
			.filter(l -> l.getProgramme().getId() == programmeId)
			.orElseThrow(() -> new NotFoundException("budget line", lineId));
		budgetLines.delete(line);
		audit.record(AuditAction.UPDATE, "programme:" + programmeId, "budget line removed: " + line.getYear() + " "
				+ line.getAmount().amount() + " " + line.getAmount().currency());
	}

	/** The projects of the programme, and what else points at it. */
	public List<Dependent> dependents(long id) {
		Programme programme = require(id);
		List<Dependent> dependents = new ArrayList<>();
		long count = projects.countByProgrammeId(id);
		if (count > 0) {
			dependents.add(new Dependent("admin.kind.projects", count,
					projects.findAcronymsByProgrammeId(id, PageRequest.of(0, 5))));
		}
		ItemRef ref = new ItemRef(ItemType.PROGRAMME, programme.getSlug());
		dependents.addAll(ItemReferences.collect(references, ref));
		return dependents;
	}

	/**
	 * Deletes the programme with its budget lines.
	 * @throws InUseException while projects belong to it or links point at it
	 */
	@Transactional
	public void delete(long id) {
		Programme programme = require(id);
		InUseException.refuseIfAny("Programme " + programme.getSlug(), dependents(id));
		budgetLines.deleteAll(budgetLines.findByProgrammeIdOrderByYearDesc(id));
		programmes.delete(programme);
		references.forEach(r -> r.forget(new ItemRef(ItemType.PROGRAMME, programme.getSlug())));
		programmes.flush();
		audit.record(AuditAction.DELETE, "programme:" + id, programme.getSlug());
	}

	private Programme require(long id) {
		return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
	}

}
