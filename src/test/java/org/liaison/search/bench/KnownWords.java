package org.liaison.search.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Words of Hungarian, German, French and Spanish put at the rank of an English word of the CORDIS
 * counts: function words (a function word of the language, by meaning where it has one) and the
 * words of the uniform vocabulary. Every other rank gets a {@link PseudoWords pseudo-word}.
 */
final class KnownWords {

	/** English function words, and words no searcher types alone ("new", the "non" of "non-invasive"). */
	static final Set<String> FUNCTION_WORDS = Set.of((
			"a about above according across after again against all along already also am among an and any are "
			+ "around as at be because been before being below between both but by can co could de did do does "
			+ "doing down due during each etc even few for from further had has have having he hence her here hers "
			+ "herself him himself his how however i if ii iii in into is it its itself may me might more most "
			+ "multi must my myself new no non nor not of off often on once one only or other ought our ours "
			+ "ourselves out over own per pre rather re same shall she should since so some still sub such th than "
			+ "that the their theirs them themselves then there therefore these they this those three through thus "
			+ "to too toward towards two under until up upon very via was we well were what when where whereas "
			+ "whether which while who whom whose why will with within without would yet you your yours yourself "
			+ "yourselves").split(" "));

	/** English, then its Hungarian, German, French and Spanish; "-" where a pseudo-word is to stand. */
	private static final String TABLE = """
			the a die le el
			and és und et y
			of az der de de
			to hogy zu à a
			in meg in dans en
			for számára für pour para
			will fog wird sera será
			is van ist est es
			with vele mit avec con
			by által von par por
			on rá auf sur sobre
			this ez dieser ce este
			as mint als comme como
			that amely dass que que
			are vannak sind sont son
			be lesz sein être ser
			from ki aus des desde
			an egy ein un un
			at be bei au al
			their saját ihre leur su
			new új neue nouveau nuevo
			these ezek diese ces estos
			we mi wir nous nosotros
			it azt es il lo
			which amelyek welche qui cual
			through keresztül durch travers mediante
			have kell haben ont han
			our mienk unsere notre nuestro
			can lehet kann peut puede
			has volt hat a ha
			its annak seine ses sus
			or vagy oder ou o
			such ilyen solche tel tal
			between között zwischen entre entre
			also is auch aussi también
			more több mehr plus más
			into el ins en adentro
			across át quer partout través
			they ők sie ils ellos
			how hogyan wie comment cómo
			not nem nicht pas no
			up fel hoch haut arriba
			both mindkét beide tous ambos
			one egyik eins une uno
			but de aber mais pero
			most legtöbb meisten plupart mayoría
			within belül innerhalb sein dentro
			well jól gut bien bien
			all minden alle tout todos
			while míg wobei tandis mientras
			been lett gewesen été sido
			however azonban jedoch cependant embargo
			over felett über dessus encima
			other más andere autre otro
			only csak nur seulement solo
			my én mein mon mi
			towards felé nach vers hacia
			during során während pendant durante
			two két zwei deux dos
			them őket ihnen eux les
			under alatt unter sous bajo
			where ahol wo où donde
			than annál denn qu cuanto
			thus így somit ainsi así
			three három drei trois tres
			there ott dort là allí
			so úgy so donc tan
			among közül darunter parmi -
			about arról etwa environ acerca
			out kívül heraus hors fuera
			being lévő seiend étant siendo
			further tovább weiter davantage además
			when amikor wenn quand cuando
			via révén via via vía
			who aki wer dont quien
			yet még noch encore aún
			therefore ezért daher si tanto
			no nincs kein aucun ningún
			very nagyon sehr très muy
			each egyes jede chaque cada
			may talán mag pourra pueda
			those azok jene ceux esos
			against ellen gegen contre contra
			do tesz tun faire hacer
			some néhány einige certains algunos
			what mit was quoi qué
			digital digitális digitale numérique digital
			cooperation együttműködés Zusammenarbeit coopération cooperación
			innovation innováció Innovation innovation innovación
			network hálózat Netzwerk réseau red
			research kutatás Forschung recherche investigación
			connectivity összekapcsoltság - - -
			data adatok Daten données datos
			security biztonság Sicherheit sécurité seguridad
			health egészség Gesundheit santé salud
			agriculture mezőgazdaság Landwirtschaft agriculture agricultura
			climate éghajlat Klima climat clima
			energy energia Energie énergie energía
			education oktatás Bildung éducation educación
			skills készségek Fähigkeiten compétences habilidades
			governance kormányzás - gouvernance gobernanza
			infrastructure infrastruktúra Infrastruktur infrastructure infraestructura
			satellite műhold - satellite satélite
			artificial mesterséges künstliche artificielle artificial
			intelligence intelligencia Intelligenz intelligence inteligencia
			cybersecurity kiberbiztonság - - -
			resilient ellenálló - - -
			water víz Wasser eau agua
			mobile mobil - - -
			services szolgáltatások Dienste services servicios
			open nyílt offene ouverte abierta
			science tudomány Wissenschaft science ciencia
			smart okos - - -
			cities városok Städte villes ciudades
			rural vidéki ländliche rurales rurales
			development fejlesztés Entwicklung développement desarrollo
			partnership partnerség Partnerschaft partenariat asociación
			alliance szövetség - - -
			""";

	private KnownWords() {
	}

	/** The known words of {@code language} (hu, de, fr or es), by the English word at whose rank they stand. */
	static Map<String, String> of(String language) {
		int column = BenchData.LANGUAGES.indexOf(language);
		Map<String, String> words = new HashMap<>();
		for (String row : TABLE.strip().split("\n")) {
			String[] cells = row.split(" ");
			if (!cells[column].equals("-")) {
				words.put(cells[0], cells[column]);
			}
		}
		return words;
	}

}
