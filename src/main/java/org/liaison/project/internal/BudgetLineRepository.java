package org.liaison.project.internal;

import java.util.List;

import org.liaison.project.BudgetLine;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

	List<BudgetLine> findByProgrammeIdOrderByYearDesc(Long programmeId);

}
