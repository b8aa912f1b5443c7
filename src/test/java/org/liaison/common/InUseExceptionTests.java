package org.liaison.common;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class InUseExceptionTests {

	@Test
	void onlyDependentsThatExistRefuseADelete() {
		assertThatCode(() -> InUseException.refuseIfAny("partner australia",
				List.of(new Dependent("admin.kind.agreements", 0, List.of())))).doesNotThrowAnyException();
		assertThatThrownBy(() -> InUseException.refuseIfAny("partner australia", List.of(
				new Dependent("admin.kind.agreements", 0, List.of()),
				new Dependent("admin.kind.dialogues", 2, List.of("EU–Australia Digital Dialogue")))))
			.isInstanceOfSatisfying(InUseException.class, e -> {
				assertThat(e.dependents()).extracting(Dependent::kindKey).containsExactly("admin.kind.dialogues");
				assertThat(e.getMessage()).contains("partner australia", "2 admin.kind.dialogues");
			});
	}

}
