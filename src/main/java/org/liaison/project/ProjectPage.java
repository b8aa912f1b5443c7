package org.liaison.project;

import java.util.List;

/** One page of projects and the total that the filter matched. */
public record ProjectPage(List<Project> projects, long total, int page, int size) {

	public int pageCount() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pageCount();
	}

}
