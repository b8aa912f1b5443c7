package org.liaison.search.bench;

import java.util.Map;

/**
 * Made-up words of Hungarian, German, French and Spanish for the ranks that have no real word in
 * {@link KnownWords}: the English word of the rank, spelt the language's way, with its endings and
 * accents (ő, ü, é, ñ, ß…), so that the language analyzers and accent folding have work to do.
 * Deterministic: the same English word gives the same word.
 */
final class PseudoWords {

	/**
	 * English endings and their counterparts, tried in order; spellings of the stem (regular expression and
	 * replacement); accents of its letters, each letter accented once in {@code accentOneIn}, at most
	 * {@code maxAccents} a word; syllables that make a word that is taken another.
	 */
	private record Rules(String[][] endings, String[][] spellings, Map<Character, String> accents, int accentOneIn,
			int maxAccents, String[] extras) {
	}

	private static final Map<String, Rules> RULES = Map.of(
			"hu", new Rules(
					pairs("tion ció", "sion zió", "ity itás", "ism izmus", "ical ikai", "ic ikus", "ing ás", "ed ett",
							"ly an", "er ő", "al ális", "ive ív", "ous ós", "y i"),
					pairs("th t", "ph f", "ch cs", "sh s", "qu kv", "ck k", "w v", "y i", "c([aou]) k$1"),
					Map.of('a', "á", 'e', "é", 'i', "í", 'o', "óöő", 'u', "úüű"), 3, 3, "ék ős ár ül".split(" ")),
			"de", new Rules(
					pairs("tion tion", "ity ität", "ism ismus", "ical isch", "ic isch", "ing ung", "ly lich", "ous ös",
							"ive iv", "ss ß", "y ie"),
					pairs("th t", "ph f", "ou au", "ck k", "c(?!h) k", "sh sch"),
					Map.of('a', "ä", 'o', "ö", 'u', "ü"), 4, 1, "en ung lein chen".split(" ")),
			"fr", new Rules(
					pairs("ity ité", "ism isme", "ical ique", "ic ique", "ing age", "ment ement", "ly ement", "ous eux",
							"ive if", "er eur", "ed é", "al el", "y ie"),
					pairs("k qu"),
					Map.of('e', "ééééèê", 'a', "â", 'i', "î", 'o', "ô", 'c', "ç"), 4, 2, "és ière eau ée".split(" ")),
			"es", new Rules(
					pairs("tion ción", "sion sión", "ity idad", "ism ismo", "ical ico", "ic ico", "ing ando",
							"ment miento", "ly mente", "ous oso", "ive ivo", "ed ado", "er or", "y ía"),
					pairs("th t", "ph f", "sh s", "ss s", "gn ñ", "nia ña", "nio ño", "k c", "w v"),
					Map.of('a', "á", 'e', "é", 'i', "í", 'o', "ó", 'u', "ú"), 4, 1, "ón ía eño ita".split(" ")));

	private PseudoWords() {
	}

	/** A word of {@code language} made from the English {@code word}; {@code attempt} > 0 when that one is taken. */
	static String of(String language, String word, int attempt) {
		Rules rules = RULES.get(language);
		String stem = word;
		String ending = "";
		for (String[] pair : rules.endings) {
			if (word.endsWith(pair[0]) && word.length() > pair[0].length() + 1) {
				stem = word.substring(0, word.length() - pair[0].length());
				ending = pair[1];
				break;
			}
		}
		for (String[] pair : rules.spellings) {
			stem = stem.replaceAll(pair[0], pair[1]);
		}
		int hash = word.hashCode() * 31 + language.hashCode();
		StringBuilder out = new StringBuilder(stem.length() + ending.length() + 2);
		int accented = 0;
		for (int i = 0; i < stem.length(); i++) {
			char c = stem.charAt(i);
			String accents = rules.accents.get(c);
			int bits = mix(hash + i);
			if (accents != null && accented < rules.maxAccents && bits % rules.accentOneIn == 0) {
				c = accents.charAt((bits >>> 8) % accents.length());
				accented++;
			}
			out.append(c);
		}
		out.append(ending);
		// a word that is taken gets a syllable more at each attempt
		for (int i = 0; i < attempt; i++) {
			out.append(rules.extras[(mix(hash) + i) % rules.extras.length]);
		}
		return out.toString();
	}

	private static int mix(int value) {
		int h = value * 0x9E3779B9;
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		return h & 0x7fffffff;
	}

	private static String[][] pairs(String... pairs) {
		String[][] split = new String[pairs.length][];
		for (int i = 0; i < pairs.length; i++) {
			split[i] = pairs[i].split(" ");
		}
		return split;
	}

}
