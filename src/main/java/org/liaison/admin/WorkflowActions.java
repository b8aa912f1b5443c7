package org.liaison.admin;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.common.PublicationStatus;
import org.liaison.common.Schedulable;
import org.liaison.common.ScheduleException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.ScheduleForm;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a back-office controller does with the workflow's forms ({@code admin/editorial/workflow.jte})
 * of any {@link Schedulable} item: the answers to "move to", "publish at" and "cancel the schedule",
 * and the attributes the form page needs. The step itself is the item's editor's.
 */
@Component
public class WorkflowActions {

	private final PublishingSettings publishing;

	WorkflowActions(PublishingSettings publishing) {
		this.publishing = publishing;
	}

	/** The schedule form (unless one with an error is there already) and the zones to offer. */
	public void formAttributes(Model model, Schedulable item) {
		if (!model.containsAttribute("schedule")) {
			model.addAttribute("schedule", ScheduleForm.of(item, publishing.timeZone().getId()));
		}
		model.addAttribute("zones", publishing.zones());
	}

	/**
	 * Moves the item at {@code href} to the status named {@code target}.
	 * @throws ResponseStatusException 400 for a status that does not exist, 409 for one that is not a next step
	 */
	public String move(String href, String target, Consumer<PublicationStatus> step) {
		PublicationStatus status = parse(target);
		if (status == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No status '" + target + "'");
		}
		try {
			step.accept(status);
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:" + href + "?stale";
		}
		return "redirect:" + href + "?moved=" + status.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Schedules publication at the date, time and zone as sent; a value that cannot be used comes back
	 * on the form page ({@code formWithError} gets the message key) with status 422, as typed.
	 */
	public String schedule(String href, String at, String zone, BiConsumer<LocalDateTime, ZoneId> step, Model model,
			HttpServletResponse response, Function<String, String> formWithError) {
		ScheduleForm schedule = new ScheduleForm(at == null ? "" : at.strip(), zone == null ? "" : zone.strip());
		String error;
		try {
			step.accept(LocalDateTime.parse(schedule.at()), ZoneId.of(schedule.zone()));
			return "redirect:" + href + "?scheduled";
		}
		catch (DateTimeParseException ex) {
			error = "admin.schedule.invalid";
		}
		catch (DateTimeException ex) {
			error = "admin.schedule.zone.invalid";
		}
		catch (ScheduleException ex) {
			error = ex.messageKey();
		}
		catch (IllegalStateException ex) {
			error = "admin.schedule.status";
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:" + href + "?stale";
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("schedule", schedule);
		return formWithError.apply(error);
	}

	/** Cancels a scheduled publication. */
	public String unschedule(String href, Runnable step) {
		try {
			step.run();
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:" + href + "?stale";
		}
		return "redirect:" + href + "?unscheduled";
	}

	/** The status a parameter names, in any case; null when it names none. */
	public static PublicationStatus parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PublicationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
