package org.liaison.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.liaison.common.search.SearchFields;
import org.liaison.search.internal.DidYouMean;
import org.liaison.search.internal.FacetEstimates;
import org.liaison.search.internal.FacetLabels;
import org.liaison.search.internal.HitReader;
import org.liaison.search.internal.MatchBounds;
import org.liaison.search.internal.QueryText;
import org.liaison.search.internal.TextPredicates;
import org.liaison.search.internal.TypoExpansions;
import org.liaison.search.internal.Typos;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Searches everything the public may see — projects, partners, news, pages, documents, dialogues,
 * meetings, regions, countries, terms, programmes, organisations — in any EU language at once.
 * Only Hibernate Search's backend-neutral API is used here.
 */
@Service
public class SearchService {

	/** The facets, in the order a search page shows them; also the filter parameter names. */
	public static final List<String> FACETS = List.of(SearchFields.TYPE, SearchFields.REGION, SearchFields.COUNTRY,
			SearchFields.GOAL, SearchFields.PRIORITY, SearchFields.PROGRAMME, SearchFields.YEAR,
			SearchFields.LANGUAGE);

	private static final int FACET_SIZE = 12;

	/** Up to this many matches, matches and facets are counted exactly; above, estimated from the facet sample. */
	public static final int EXACT_FACETS_UP_TO = 10_000;

	/**
	 * The share of {@link #EXACT_FACETS_UP_TO} below which the sample's estimate starts the exact pass
	 * beside the page's query: at 0.8, a search of more matches than are counted exactly starts it
	 * needlessly only if its sample falls six standard deviations short.
	 */
	private static final double LIKELY_EXACT = 0.8;

	/**
	 * The multiple of {@link #EXACT_FACETS_UP_TO} up to which the bound from term statistics starts the
	 * exact pass at once. The bound sums a word's documents over the fields searched, and a text is in
	 * at least two of them (its folded copy and its stemmed copy), so a bound of twice the limit most
	 * often means matches under it; when it does not, the exact pass beside was needless, but counted
	 * no more than that bound, and the page's thread takes the sample itself.
	 */
	private static final double BOUND_EXACT_FIRST = 2.0;

	/**
	 * The share of {@link #EXACT_FACETS_UP_TO} below which the estimate from term statistics
	 * ({@link MatchBounds.Matches#likely()}: the words' shares of the documents multiplied) starts the
	 * exact pass at once, when the bound does not. Words that go together match more often than that
	 * estimate, so it is trusted only well below the limit: on the benchmark's million projects, a
	 * third of the searches of few matches whose bound said many are caught at 0.3, and no search of
	 * more matches than the limit.
	 */
	private static final double LIKELY_FEW = 0.3;

	/** Enough for every value of every facet in the sample. */
	private static final int SAMPLE_TERMS = 10_000;

	private static final int SUGGESTIONS = 8;


	private final EntityManagerFactory entityManagerFactory;

	private final FacetLabels labels;

	private final MatchBounds bounds;

	private final TypoExpansions expansions;

	/** {@link #EXACT_FACETS_UP_TO}, unless a test sets it lower to see estimates on little data. */
	private final int exactUpTo;

	/**
	 * Runs the counting ({@link Counting}: the facet sample's pass, the exact pass) beside the page's
	 * query, so that a search takes as long as the longer of the two, not their sum. When every thread
	 * is busy (many searches at once), the counting runs in the searching thread, before the page's
	 * query, instead.
	 */
	private final ThreadPoolExecutor samples = new ThreadPoolExecutor(0,
			Math.max(2, Runtime.getRuntime().availableProcessors()), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
			runnable -> {
				Thread thread = new Thread(runnable, "search-sample");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.CallerRunsPolicy());

	SearchService(EntityManagerFactory entityManagerFactory, FacetLabels labels, MatchBounds bounds,
			TypoExpansions expansions,
			@Value("${liaison.search.exact-count-up-to:" + EXACT_FACETS_UP_TO + "}") int exactUpTo) {
		this.entityManagerFactory = entityManagerFactory;
		this.labels = labels;
		this.bounds = bounds;
		this.expansions = expansions;
		this.exactUpTo = exactUpTo;
	}

	@PreDestroy
	void close() {
		samples.shutdownNow();
	}

	/**
	 * One page of results for {@code request}, with facets and, for a misspelled query, a correction.
	 * Matches are counted, and facets counted exactly, up to {@link #EXACT_FACETS_UP_TO}; above, the
	 * page's query stops counting (so Lucene may skip what cannot make the page), and the total and the
	 * facets are estimated from the facet sample's matches in a second pass over about one document in
	 * {@link SearchFields#FACET_SAMPLE_RATE} ({@link FacetEstimates}, ADR 11).
	 */
	public SearchResults search(SearchRequest request) {
		long started = System.nanoTime();
		QueryText text = QueryText.parse(request.text());
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			Counting counting = new Counting(text, request, null);
			// The words as typed first; only when they find less than a page are typos allowed too:
			// a common word's near spellings would cost much and add only noise below its exact matches.
			Typos typos = null;
			SearchResult<List<?>> result = page(session, text, request, null);
			// Below a page, the page's query counted every match of the words as typed.
			long asTyped = result.total().hitCountLowerBound();
			if (asTyped < request.pageSize() && text.words().stream()
				.anyMatch(word -> QueryText.maxEdits(word) > 0)) {
				counting.abandon();
				// found once, for the page's query and the counting's passes alike
				typos = expansions.of(text, request.staff());
				counting = new Counting(text, request, typos);
				result = page(session, text, request, typos);
			}
			List<SearchHit> hits = result.hits().stream()
				.map(row -> HitReader.read(row, text, request.language(), request.staff()))
				.toList();
			Counts counts = result.total().isHitCountExact() ? null
					: estimated(counting.sample(), result.total().hitCountLowerBound());
			if (counts == null) {
				counts = counting.exact(session);
			}
			// A correction is looked for only when the words as typed matched nothing and typos found a little.
			String correction = (typos != null && asTyped == 0 && counts.total() <= DidYouMean.AT_MOST_HITS)
					? DidYouMean.correct(session, text, result.hits(), languages(request), filters(request), request.staff())
					: null;
			return new SearchResults(request, counts.total(), hits, labels.facets(session, counts.facets(), request),
					counts.estimated(), correction, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * The counting of one search, done beside its page's query (in a thread of {@link #samples}). When
	 * the index's term statistics bound the matches near {@link #exactUpTo} or below ({@link MatchBounds},
	 * {@link #BOUND_EXACT_FIRST}), the page's query will most likely count them all: the exact pass starts
	 * at once. Otherwise the facet
	 * sample's pass runs first, and then, when the sample says the matches are few enough to be
	 * counted exactly, the exact pass too — it would otherwise only start after the page's query.
	 * Whichever thread needs the exact pass first runs it, once; the other waits for it.
	 */
	private final class Counting {

		private static final int NOBODY = 0;

		private static final int BESIDE = 1;

		private static final int PAGE_THREAD = 2;

		private final QueryText text;

		private final SearchRequest request;

		/** How long words match with typos; null: they do not. */
		private final Typos typos;

		private final CompletableFuture<Sample> sample = new CompletableFuture<>();

		private final CompletableFuture<Counts> exact = new CompletableFuture<>();

		/** Who runs the exact pass. */
		private final AtomicInteger exactBy = new AtomicInteger(NOBODY);

		Counting(QueryText text, SearchRequest request, Typos typos) {
			this.text = text;
			this.request = request;
			this.typos = typos;
			samples.execute(this::beside);
		}

		private void beside() {
			Sample matches;
			try {
				MatchBounds.Matches known = bounds.of(text, languages(request), typos != null, request.staff());
				if (known.atMost() <= exactUpTo * BOUND_EXACT_FIRST || known.likely() <= exactUpTo * LIKELY_FEW) {
					// no sample taken: the page's query will most likely count every match
					sample.complete(null);
					if (exactBy.compareAndSet(NOBODY, BESIDE)) {
						exactBeside();
					}
					return;
				}
				matches = SearchService.this.sample(text, request, typos);
				sample.complete(matches);
			}
			catch (RuntimeException ex) {
				sample.completeExceptionally(ex);
				return;
			}
			if ((double) matches.matches() * SearchFields.FACET_SAMPLE_RATE <= exactUpTo * LIKELY_EXACT
					&& exactBy.compareAndSet(NOBODY, BESIDE)) {
				exactBeside();
			}
		}

		private void exactBeside() {
			try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
				exact.complete(SearchService.exact(Search.session(entityManager), text, request, typos));
			}
			catch (RuntimeException ex) {
				exact.completeExceptionally(ex);
			}
		}

		Sample sample() {
			Sample matches = join(sample);
			// None taken when the bound said few: asked for only if documents came in meanwhile.
			return (matches != null) ? matches : SearchService.this.sample(text, request, typos);
		}

		/** The search goes on without these counts: the exact pass is not started beside, if not yet. */
		void abandon() {
			exactBy.compareAndSet(NOBODY, PAGE_THREAD);
		}

		Counts exact(SearchSession session) {
			if (exactBy.compareAndSet(NOBODY, PAGE_THREAD)) {
				return SearchService.exact(session, text, request, typos);
			}
			return join(exact);
		}

	}

	/** The request's page of hits, counted up to {@link #exactUpTo}. */
	private SearchResult<List<?>> page(SearchSession session, QueryText text, SearchRequest request, Typos typos) {
		return session.search(Object.class)
			.select(HitReader::projection)
			.where(f -> where(f, text, request, typos))
			.sort(s -> switch (request.sort()) {
				case DATE -> s.field(SearchFields.DATE).desc().missing().last().then().score();
				case FUNDING -> s.field(SearchFields.FUNDING).desc().missing().last().then().score();
				case RELEVANCE -> s.score();
			})
			.totalHitCountThreshold(exactUpTo)
			.fetch((request.page() - 1) * request.pageSize(), request.pageSize());
	}

	/** The number of matches and the counts per facet value, exact or estimated. */
	private record Counts(long total, Map<String, Map<Object, Long>> facets, boolean estimated) {
	}

	/** Every match counted, and every facet over every match: a second pass, over few matches. */
	@SuppressWarnings("unchecked")
	private static Counts exact(SearchSession session, QueryText text, SearchRequest request, Typos typos) {
		Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
		FACETS.forEach(facet -> keys.put(facet, AggregationKey.of(facet)));
		var query = session.search(Object.class).where(f -> where(f, text, request, typos));
		for (String facet : FACETS) {
			Class<?> type = SearchFields.YEAR.equals(facet) ? Integer.class : String.class;
			query = query.aggregation(keys.get(facet),
					a -> a.terms().field(facet, (Class<Object>) type).maxTermCount(FACET_SIZE));
		}
		SearchResult<?> result = query.fetch(0);
		Map<String, Map<Object, Long>> counts = new LinkedHashMap<>();
		keys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
		return new Counts(result.total().hitCount(), counts, false);
	}

	/** The matches of a search in the facet sample, and the counts of the sample's {@code facet:value} terms among them. */
	private record Sample(long matches, Map<String, Long> terms) {
	}

	/** The search's matches in the facet sample, which this pass reads alone (in a session of its own). */
	private Sample sample(QueryText text, SearchRequest request, Typos typos) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			AggregationKey<Map<String, Long>> sampleKey = AggregationKey.of(SearchFields.FACET_SAMPLE);
			SearchResult<?> sampled = Search.session(entityManager).search(Object.class)
				.where(f -> where(f, text, request, typos).filter(f.exists().field(SearchFields.FACET_SAMPLE)))
				.aggregation(sampleKey, a -> a.terms().field(SearchFields.FACET_SAMPLE, String.class)
					.maxTermCount(SAMPLE_TERMS))
				.fetch(0);
			return new Sample(sampled.total().hitCount(), sampled.aggregation(sampleKey));
		}
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/**
	 * The total and the facets estimated from the matches in the facet sample; null when the sample
	 * holds none of the matches (then they are counted exactly).
	 *
	 * @param atLeast the matches counted before counting stopped
	 */
	private static Counts estimated(Sample sample, long atLeast) {
		if (sample.matches() == 0) {
			return null;
		}
		long total = Math.max(atLeast, FacetEstimates.round((double) sample.matches() * SearchFields.FACET_SAMPLE_RATE));
		Map<String, Map<Object, Long>> facets = FacetEstimates.of(sample.terms(), total, FACETS, FACET_SIZE);
		return (facets == null) ? null : new Counts(total, facets, true);
	}

	/** Items whose title or short name starts with the words typed; none before two letters. */
	public List<Suggestion> suggest(String typed, String language) {
		String prefix = (typed == null) ? "" : typed.strip();
		List<String> words = QueryText.parse(prefix.replace('"', ' ')).words();
		if (prefix.codePointCount(0, prefix.length()) < 2 || words.isEmpty()) {
			return List.of();
		}
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(Object.class)
				.select(f -> f.composite()
					.from(f.field(SearchFields.TYPE, String.class), f.field(SearchFields.KEY, String.class),
							f.field(SearchFields.TITLE + SearchFields.STORED_SUFFIX, String.class),
							f.field(SearchFields.LABEL + SearchFields.STORED_SUFFIX, String.class))
					.asList())
				.where(f -> {
					BooleanPredicateClausesStep<?, ?> all = f.bool();
					// Suggestions are the public's: the header's box completes public items only.
					all.filter(f.match().field(SearchFields.VISIBILITY).matching(SearchFields.PUBLIC));
					for (String word : words) {
						all.must(f.match()
							.fields(SearchFields.TITLE + SearchFields.SUGGEST_SUFFIX,
									SearchFields.LABEL + SearchFields.SUGGEST_SUFFIX)
							.matching(word));
					}
					return all;
				})
				.fetchHits(SUGGESTIONS)
				.stream()
				.map(row -> HitReader.suggestion(row, language))
				.toList();
		}
	}

	private static BooleanPredicateClausesStep<?, ?> where(SearchPredicateFactory f, QueryText text,
			SearchRequest request, Typos typos) {
		BooleanPredicateClausesStep<?, ?> where = f.bool();
		where.must(text.isEmpty() ? f.matchAll()
				: TextPredicates.matching(f, text, languages(request), typos, request.staff()));
		filters(request).forEach((facet, values) -> where.filter(f.terms().field(facet).matchingAny(values)));
		return where;
	}

	static List<String> languages(SearchRequest request) {
		return TextPredicates.stemmedLanguages(request.language(),
				request.filters().getOrDefault(SearchFields.LANGUAGE, List.of()));
	}

	/**
	 * The request's filters as index values: years as numbers, unparseable years dropped; for the
	 * public, public items only.
	 */
	static Map<String, List<?>> filters(SearchRequest request) {
		Map<String, List<?>> filters = new LinkedHashMap<>();
		if (!request.staff()) {
			filters.put(SearchFields.VISIBILITY, List.of(SearchFields.PUBLIC));
		}
		request.filters().forEach((facet, values) -> {
			if (SearchFields.YEAR.equals(facet)) {
				List<Integer> years = new ArrayList<>();
				values.forEach(v -> {
					try {
						years.add(Integer.parseInt(v));
					}
					catch (NumberFormatException ex) {
						// not a year: filters nothing in
					}
				});
				filters.put(facet, years.isEmpty() ? List.of(Integer.MIN_VALUE) : years);
			}
			else {
				filters.put(facet, values.stream().map(v -> facet.equals(SearchFields.COUNTRY)
						? v.toUpperCase(Locale.ROOT) : v).toList());
			}
		});
		return filters;
	}

	/** Used by {@link DidYouMean}: whether the filters and the words as typed (no typos) match anything. */
	public static long exactCount(SearchSession session, QueryText text, List<String> languages,
			Map<String, List<?>> filters, boolean staff) {
		return session.search(Object.class).where(f -> {
			BooleanPredicateClausesStep<?, ?> where = f.bool();
			where.must(TextPredicates.matching(f, text, languages, null, staff));
			filters.forEach((facet, values) -> where.filter(f.terms().field(facet).matchingAny(values)));
			return where;
		}).fetchTotalHitCount();
	}

}
