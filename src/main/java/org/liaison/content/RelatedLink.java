package org.liaison.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Type;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;

/** A link an editor drew from one item to another, of any types. */
@Entity
public class RelatedLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String sourceType;

	private String sourceKey;

	private String targetType;

	private String targetKey;

	@Enumerated(EnumType.STRING)
	private LinkKind kind;

	@Type(LocalizedTextType.class)
	private LocalizedText note = LocalizedText.empty();

	private int position;

	protected RelatedLink() {
	}

	public RelatedLink(ItemRef source, ItemRef target, LinkKind kind, LocalizedText note, int position) {
		if (source.equals(target)) {
			throw new IllegalArgumentException("An item cannot be related to itself: " + source);
		}
		this.sourceType = source.type().code();
		this.sourceKey = source.key();
		this.targetType = target.type().code();
		this.targetKey = target.key();
		this.kind = kind;
		this.note = (note == null) ? LocalizedText.empty() : note;
		this.position = position;
	}

	public ItemRef source() {
		return new ItemRef(ItemType.fromCode(sourceType), sourceKey);
	}

	public ItemRef target() {
		return new ItemRef(ItemType.fromCode(targetType), targetKey);
	}

	public LinkKind getKind() {
		return kind;
	}

	public LocalizedText getNote() {
		return note;
	}

	public int getPosition() {
		return position;
	}

}
