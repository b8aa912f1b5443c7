package org.liaison.web;

import org.liaison.common.web.Portal;

import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.PageContext;
import org.liaison.content.ContentService;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.geography.GeographyService;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The home page: the unit's mission, its policy goals, the geographical areas, strategic partners,
 * latest news, Digital4Development and the cooperation projects, with related content and see also.
 */
@Controller
class HomePageController {

	/** The editorial page whose text is the portal's mission statement. */
	static final String MISSION_PAGE = "regional-and-bilateral-relations";

	static final String D4D_PAGE = "digital-for-development";

	static final String COOPERATION_PAGE = "international-cooperation-ict-research";

	private final ContentService content;

	private final RelatedContentService related;

	private final TaxonomyService taxonomy;

	private final GeographyService geography;

	private final PartnerService partners;

	private final ProjectService projects;

	HomePageController(ContentService content, RelatedContentService related, TaxonomyService taxonomy,
			GeographyService geography, PartnerService partners, ProjectService projects) {
		this.content = content;
		this.related = related;
		this.taxonomy = taxonomy;
		this.geography = geography;
		this.partners = partners;
		this.projects = projects;
	}

	@GetMapping({ Portal.LANG, Portal.LANG + "/" })
	String home(@ModelAttribute("page") PageContext page, Model model) {
		ItemRef mission = new ItemRef(ItemType.PAGE, MISSION_PAGE);
		List<Partner> strategic = partners.strategicPartners(page.language());
		model.addAttribute("mission", content.publishedPage(MISSION_PAGE).orElse(null));
		model.addAttribute("d4d", content.publishedPage(D4D_PAGE).orElse(null));
		model.addAttribute("cooperation", content.publishedPage(COOPERATION_PAGE).orElse(null));
		model.addAttribute("goals", taxonomy.terms(Vocabulary.POLICY_GOALS));
		model.addAttribute("priorities", taxonomy.terms(Vocabulary.D4D_PRIORITIES));
		model.addAttribute("regions", geography.regions());
		model.addAttribute("strategicPartners", strategic);
		model.addAttribute("news", content.latestNews(1, 4).getContent());
		model.addAttribute("projects", projects.find(ProjectFilter.none(), 1, 6));
		model.addAttribute("related", related.linksFrom(mission, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(mission, LinkKind.SEE_ALSO));
		return "web/home";
	}

}
