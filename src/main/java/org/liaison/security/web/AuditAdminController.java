package org.liaison.security.web;

import org.liaison.common.web.PageNumber;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditEvent;
import org.liaison.security.AuditLog;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators browse and filter the audit log, latest first. */
@Controller
class AuditAdminController {

	private final AuditLog audit;

	AuditAdminController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target, @RequestParam(name = "page", required = false) String pageNumber,
			Model model) {
		int number = PageNumber.parse(pageNumber);
		AuditAction wanted = null;
		for (AuditAction candidate : AuditAction.values()) {
			if (candidate.name().equals(action)) {
				wanted = candidate;
			}
		}
		Page<AuditEvent> events = audit.search(actor, wanted, target, number);
		model.addAttribute("events", events.getContent());
		model.addAttribute("actor", (actor == null) ? "" : actor);
		model.addAttribute("action", wanted);
		model.addAttribute("target", (target == null) ? "" : target);
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, events.getTotalPages()));
		return "security/audit";
	}

}
