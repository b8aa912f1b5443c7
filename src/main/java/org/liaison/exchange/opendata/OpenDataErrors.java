package org.liaison.exchange.opendata;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A bad query parameter on an open-data download is a 400 that names it: RFC 9457
 * {@code application/problem+json} for the JSON and JSON-LD files, plain text for the others.
 */
@RestControllerAdvice(basePackageClasses = OpenDataErrors.class)
class OpenDataErrors {

	@ExceptionHandler(OpenDataRequest.BadParameterException.class)
	ResponseEntity<?> badParameter(OpenDataRequest.BadParameterException ex, HttpServletRequest request) {
		return answer(ex.parameter(), ex.getMessage(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<?> badValue(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String message = "Query parameter '" + ex.getName() + "': '" + ex.getValue() + "' is not "
				+ ((ex.getRequiredType() == boolean.class || ex.getRequiredType() == Boolean.class) ? "true or false"
						: "a valid value");
		return answer(ex.getName(), message, request);
	}

	private static ResponseEntity<?> answer(String parameter, String message, HttpServletRequest request) {
		String uri = request.getRequestURI();
		if (uri.endsWith(".json") || uri.endsWith(".jsonld")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
			problem.setTitle("Bad query parameter");
			problem.setProperty("parameter", parameter);
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(message + "\n");
	}

}
