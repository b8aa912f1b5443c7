package org.liaison.search.bench;

import java.util.Map;
import java.util.Random;

/**
 * Some 35 words a language, every one as likely as any other, in texts and queries alike: the
 * benchmark's first vocabulary, kept as its worst case, since each query word then matches a large
 * share of all items.
 */
final class UniformVocabulary implements Vocabulary {

	static final Map<String, String[]> WORDS = Map.of(
			"en", ("digital cooperation innovation network research connectivity data security health agriculture climate "
					+ "energy education skills governance platform infrastructure broadband satellite artificial intelligence "
					+ "cyber resilience water mobile services open science smart cities rural development partnership africa "
					+ "asia pacific startups entrepreneurs").split(" "),
			"hu", ("digitális együttműködés innováció hálózat kutatás összekapcsoltság adatok biztonság egészség mezőgazdaság "
					+ "éghajlat energia oktatás készségek kormányzás platform infrastruktúra szélessáv műhold mesterséges "
					+ "intelligencia kiberbiztonság ellenálló víz mobil szolgáltatások nyílt tudomány okos városok vidéki "
					+ "fejlesztés partnerség szövetség").split(" "),
			"de", ("digitale Zusammenarbeit Innovation Netzwerk Forschung Daten Sicherheit Gesundheit Landwirtschaft Klima "
					+ "Energie Bildung Fähigkeiten Infrastruktur Breitband künstliche Intelligenz Wasser Dienste offene "
					+ "Wissenschaft Städte ländliche Entwicklung Partnerschaft").split(" "),
			"fr", ("numérique coopération innovation réseau recherche données sécurité santé agriculture climat énergie "
					+ "éducation compétences gouvernance infrastructure satellite intelligence artificielle eau services "
					+ "ouverte science villes rurales développement partenariat").split(" "),
			"es", ("digital cooperación innovación red investigación datos seguridad salud agricultura clima energía educación "
					+ "habilidades gobernanza infraestructura satélite inteligencia artificial agua servicios abierta ciencia "
					+ "ciudades rurales desarrollo asociación").split(" "));

	@Override
	public String name() {
		return "uniform";
	}

	@Override
	public String description() {
		StringBuilder sizes = new StringBuilder();
		for (String language : BenchData.LANGUAGES) {
			sizes.append(sizes.isEmpty() ? "" : ", ").append(language).append(' ').append(WORDS.get(language).length);
		}
		return "uniform, the worst case: a few words a language (" + sizes + "), each drawn as often as any other, in "
				+ "texts and queries alike";
	}

	@Override
	public String word(String language, Random random) {
		String[] words = WORDS.get(language);
		return words[random.nextInt(words.length)];
	}

	@Override
	public String queryWord(String language, Random random) {
		return word(language, random);
	}

}
