package org.liaison.api.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API's controllers as RFC 9457 {@code application/problem+json}: the parameter
 * and value a 400 is about, each invalid field of a body (422), 404, 409, 412.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(ex.status()), ex.getMessage());
		problem.setTitle(ex.title());
		if (ex.parameter() != null) {
			problem.setProperty("parameter", ex.parameter());
			problem.setProperty("value", ex.value());
		}
		return problem(problem, request);
	}

	@ExceptionHandler(InvalidFieldsException.class)
	ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException ex, WebRequest request) {
		return problem(fieldsProblem(ex.errors()), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		return api(ApiException.badParameter(ex.getName(), String.valueOf(ex.getValue()), "is not valid here"), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidFieldsException.FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new InvalidFieldsException.FieldProblem(error.getField(), error.getDefaultMessage(),
					error.getRejectedValue()));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(new InvalidFieldsException.FieldProblem(null, error.getDefaultMessage(), null)));
		return new ResponseEntity<>(withInstance(fieldsProblem(errors), request), problemHeaders(),
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape: " + firstLine(cause.getMessage()));
		problem.setTitle("Unreadable body");
		return new ResponseEntity<>(withInstance(problem, request), problemHeaders(), HttpStatus.BAD_REQUEST);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			HttpHeaders merged = new HttpHeaders();
			merged.putAll(response.getHeaders());
			merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return new ResponseEntity<>(withInstance(problem, request), merged, response.getStatusCode());
		}
		return response;
	}

	static ProblemDetail fieldsProblem(List<InvalidFieldsException.FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid: "
						+ String.join("; ", errors.stream().map(InvalidFieldsException.FieldProblem::describe).toList()));
		problem.setTitle("Invalid fields");
		List<Map<String, Object>> list = new ArrayList<>();
		for (InvalidFieldsException.FieldProblem error : errors) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("field", error.field());
			entry.put("message", error.message());
			if (error.value() != null) {
				entry.put("value", error.value());
			}
			list.add(entry);
		}
		problem.setProperty("errors", list);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, WebRequest request) {
		return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(withInstance(problem, request));
	}

	private static <P extends ProblemDetail> P withInstance(P problem, WebRequest request) {
		if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		return problem;
	}

	private static HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return headers;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
