package org.liaison.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Type;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;

/** A controlled list of terms, such as the policy goals. */
@Entity
@org.hibernate.envers.Audited
public class Vocabulary {

	/** The vocabulary of the policy goals that activities aim at. */
	public static final String POLICY_GOALS = "policy-goals";

	/** The four priorities of the Digital4Development approach. */
	public static final String D4D_PRIORITIES = "d4d-priorities";

	/** Technology and policy themes: 5G, AI, research… */
	public static final String THEMES = "themes";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Type(LocalizedTextType.class)
	private LocalizedText name;

	private int position;

	@jakarta.persistence.Version
	private long version;

	protected Vocabulary() {
	}

	/** Changes the key, name and order the back office edits. */
	public void edit(String code, LocalizedText name, int position) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A vocabulary needs a name");
		}
		this.code = Slug.require(code);
		this.name = name;
		this.position = position;
	}

	public long getVersion() {
		return version;
	}

	public Vocabulary(String code, LocalizedText name, int position) {
		this.code = Slug.require(code);
		this.name = name;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public LocalizedText getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}

}
