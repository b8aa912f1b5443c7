package org.liaison.admin;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.liaison.common.LocalizedText;
import org.liaison.geography.Region;
import org.liaison.geography.RegionEditor;
import org.liaison.project.Organisation;
import org.liaison.project.OrganisationEditor;
import org.liaison.project.Programme;
import org.liaison.project.ProgrammeEditor;
import org.liaison.security.ItemRevision;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.taxonomy.TaxonomyEditor;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Regions, terms, programmes and organisations keep a revision per change (Envers), with the fields
 * each changed, and an earlier revision can be put back; a region's countries stay as they are.
 */
@LiaisonIntegrationTest
class CatalogueHistoryIntegrationTests {

	@Autowired
	RegionEditor regions;

	@Autowired
	TaxonomyEditor taxonomy;

	@Autowired
	ProgrammeEditor programmes;

	@Autowired
	OrganisationEditor organisations;

	@Test
	void aRegionsChangesAreItsRevisionsAndAnEarlierOneIsRestored() {
		Region region = regions.create(new RegionEditor.Draft("historied-region", LocalizedText.of("en", "Historied region"),
				LocalizedText.of("en", "First summary"), LocalizedText.empty(), 7, List.of("KE", "RW")));
		Region changed = regions.update(region.getId(), region.getVersion(), new RegionEditor.Draft("historied-region",
				LocalizedText.of("en", "Historied region"), LocalizedText.of("en", "Second summary"), LocalizedText.empty(),
				8, List.of("KE")));

		List<ItemRevision> history = regions.history(region.getId());
		assertThat(history).hasSize(2);
		assertThat(history.get(1).changed()).containsExactly("summary", "position");
		assertThat(history.get(0).field("summary")).isEqualTo(LocalizedText.of("en", "First summary"));

		Region restored = regions.restore(region.getId(), history.get(0).revision());
		assertThat(restored.getSummary()).isEqualTo(LocalizedText.of("en", "First summary"));
		assertThat(restored.getPosition()).isEqualTo(7);
		assertThat(restored.getCountries()).extracting(org.liaison.geography.Country::getCode).containsExactly("KE");
		assertThat(regions.history(region.getId())).hasSize(3);
		assertThat(changed.getId()).isEqualTo(region.getId());
		assertThatThrownBy(() -> regions.restore(region.getId(), 999_999)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aTermsChangesAreItsRevisionsAndAnEarlierOneIsRestored() {
		Vocabulary vocabulary = taxonomy.createVocabulary(new TaxonomyEditor.VocabularyDraft("historied-vocabulary",
				LocalizedText.of("en", "Historied vocabulary"), 50));
		Term term = taxonomy.createTerm(vocabulary.getId(), new TaxonomyEditor.TermDraft("historied-term",
				LocalizedText.of("en", "Historied term"), LocalizedText.empty(), 1));
		taxonomy.updateTerm(term.getId(), term.getVersion(), new TaxonomyEditor.TermDraft("historied-term",
				LocalizedText.of("en", "Historied term, renamed"), LocalizedText.of("en", "Described"), 1));

		List<ItemRevision> history = taxonomy.termHistory(term.getId());
		assertThat(history).hasSize(2);
		assertThat(history.get(1).changed()).containsExactly("name", "description");

		taxonomy.updateVocabulary(vocabulary.getId(), vocabulary.getVersion(), new TaxonomyEditor.VocabularyDraft(
				"historied-vocabulary", LocalizedText.of("en", "Historied vocabulary, renamed"), 50));
		assertThat(taxonomy.vocabularyHistory(vocabulary.getId())).hasSize(2)
			.last().satisfies(revision -> assertThat(revision.changed()).containsExactly("name"));

		Term restored = taxonomy.restoreTerm(term.getId(), history.get(0).revision());
		assertThat(restored.getName()).isEqualTo(LocalizedText.of("en", "Historied term"));
		assertThat(restored.getDescription().isEmpty()).isTrue();
	}

	@Test
	void programmesAndOrganisationsKeepTheirRevisionsToo() {
		Programme programme = programmes.create(new ProgrammeEditor.Draft("historied-programme",
				LocalizedText.of("en", "Historied programme"), LocalizedText.empty(), 2021, 2027));
		programmes.update(programme.getId(), programme.getVersion(), new ProgrammeEditor.Draft("historied-programme",
				LocalizedText.of("en", "Historied programme"), LocalizedText.of("en", "Now described"), 2021, 2028));
		List<ItemRevision> history = programmes.history(programme.getId());
		assertThat(history).hasSize(2);
		assertThat(history.get(1).changed()).containsExactly("description", "endYear");
		assertThat(programmes.restore(programme.getId(), history.get(0).revision()).getEndYear()).isEqualTo(2027);

		Organisation organisation = organisations.create(new OrganisationEditor.Draft("Historied Organisation", "HO",
				"KE", "research", null));
		organisations.update(organisation.getId(), organisation.getVersion(), new OrganisationEditor.Draft(
				"Historied Organisation", "HORG", "RW", "research", null));
		List<ItemRevision> organisationHistory = organisations.history(organisation.getId());
		assertThat(organisationHistory).hasSize(2);
		assertThat(organisationHistory.get(1).changed()).containsExactly("shortName", "country");
		Organisation restored = organisations.restore(organisation.getId(), organisationHistory.get(0).revision());
		assertThat(restored.getShortName()).isEqualTo("HO");
		assertThat(organisations.history(organisation.getId()).get(2).field("country")).isEqualTo("KE");
	}

}
