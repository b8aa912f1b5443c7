package org.liaison.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Type;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Money;

/** Money a programme set aside for a purpose in a year: "€13.6 million for international cooperation in 2018". */
@Entity
public class BudgetLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Programme programme;

	@Type(LocalizedTextType.class)
	private LocalizedText title;

	private int year;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "amount")),
			@AttributeOverride(name = "currency", column = @Column(name = "currency")) })
	private Money amount;

	private String managedBy;

	protected BudgetLine() {
	}

	public BudgetLine(Programme programme, LocalizedText title, int year, Money amount, String managedBy) {
		this.programme = programme;
		this.title = title;
		this.year = year;
		this.amount = amount;
		this.managedBy = managedBy;
	}

	public Long getId() {
		return id;
	}

	public Programme getProgramme() {
		return programme;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public int getYear() {
		return year;
	}

	public Money getAmount() {
		return amount;
	}

	public String getManagedBy() {
		return managedBy;
	}

}
