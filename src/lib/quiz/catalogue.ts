// The menu of quiz sets as a learner sees it: a title and a size for each set id of sets.ts, and
// which prerendered files hold a set's questions.
import type { SectionId, TopicId } from '../content/schema';
import {
	depths,
	depthSizes,
	depthTitles,
	startingDepth,
	type Depth,
	type DepthSize
} from './depth';
import {
	availableSetIds,
	baseSetId,
	depthOfSetId,
	parseSetId,
	withDepth,
	type QuizSet,
	type SetQuestion
} from './sets';

/** a quiz of the questions missed in one session; it has its own scores, apart from its set's */
export const retrySetId = 'retry';

/** the quiz that repairs the episode's distortions fallen for; opened from the home page, outside the menu */
export const repairSetId = 'repair';

/** a retry of missed questions is a set of its own kind, outside the menu */
export type SetGroup = QuizSet['kind'] | 'retry';

/** what names a set: the bank's topics and episode sections */
export interface SetNames {
	topics: readonly { id: string; title: string }[];
	sections: readonly { id: string; title: string }[];
}

/**
 * A set's title: the one name the menu, Home's scores, /progress and an import's preview give it.
 * A set kept to one depth is its set's title with the depth's. Undefined for an id this app does
 * not know.
 *
 * @example
 * setTitleOf('section-closing', names) // 'Quiz me on Closing'
 * setTitleOf('section-closing-depth-2', names) // 'Quiz me on Closing: What the paper shows'
 * setTitleOf('mixed-10', names) // '10 random questions'
 * setTitleOf('topic-astrology', names) // undefined
 */
export function setTitleOf(setId: string, names: SetNames): string | undefined {
	if (setId === retrySetId) return 'Retry the ones I missed';
	const set = parseSetId(setId);
	if (!set) return undefined;
	const title = baseTitle(set, names);
	return 'depth' in set && set.depth !== undefined ? `${title}: ${depthTitles[set.depth]}` : title;
}

function baseTitle(set: QuizSet, { topics, sections }: SetNames): string {
	switch (set.kind) {
		case 'topic':
			return topics.find((t) => t.id === set.topic)?.title ?? set.topic;
		case 'section':
			return `Quiz me on ${sections.find((s) => s.id === set.section)?.title ?? set.section}`;
		case 'fact-check':
			return 'Fact-check the episode';
		case 'mixed':
			return set.size === 'all' ? 'Every question, shuffled' : `${set.size} random questions`;
		case 'mistakes':
			return 'My mistakes';
		case 'repair':
			return 'Repair my misconceptions';
	}
}

/** a depth of a set as the menu and the quiz page offer it */
export interface SetDepth extends DepthSize {
	/** the set id at that depth, which stores its quizzes and scores */
	id: string;
	/** "What the episode said" */
	title: string;
}

export interface SetInfo {
	id: string;
	group: SetGroup;
	title: string;
	/** how many questions it holds; undefined for "My mistakes", which depends on the learner */
	size?: number;
	/** a topic's or a section's depths, shallowest first, each with its number of questions */
	depths?: SetDepth[];
	/** the depth its page opens at when none is chosen (see `startingDepth`) */
	startDepth?: Depth;
}

/**
 * The id a quiz of `set` at `depth` is stored under (a topic's, a section's or a mixed set's with
 * its depth), and the ids it is also resumed from: a quiz begun before depths existed goes on at
 * the set's first depth.
 *
 * @example
 * quizIdsOf(sectionSet, 1) // { setId: 'section-closing-depth-1', alsoResume: ['section-closing'] }
 * quizIdsOf(factCheck, undefined) // { setId: 'fact-check', alsoResume: [] }
 */
export function quizIdsOf(
	set: SetInfo,
	depth: Depth | undefined
): { setId: string; alsoResume: string[] } {
	return {
		setId: set.depths || set.group === 'mixed' ? withDepth(set.id, depth) : set.id,
		alsoResume: set.depths && depth === set.startDepth ? [set.id] : []
	};
}

/**
 * The depths an address can ask a set's page for (`?depth=`) that open another quiz than the one
 * the page opens at with none: a topic's or a section's other depths, and a mixed set kept to any
 * one depth.
 */
export function otherDepthsOf(set: SetInfo): Depth[] {
	if (set.group === 'mixed') return [...depths];
	return (set.depths ?? []).map(({ depth }) => depth).filter((depth) => depth !== set.startDepth);
}

/**
 * Every id a quiz in progress can be stored under: each set's at the depth its page opens at and
 * at every other depth it can be asked for ({@link quizIdsOf}), with the ids such a quiz is also
 * resumed from, and the retry's and the repair quiz's, which are outside the menu.
 *
 * @example
 * storedQuizIds(catalogue).has('section-closing-depth-1') // true
 * storedQuizIds(catalogue).has('section-closing') // true: a quiz begun before depths existed
 * storedQuizIds(catalogue).has('unknown-set') // false
 */
export function storedQuizIds(sets: readonly SetInfo[]): Set<string> {
	const ids = new Set([retrySetId, repairSetId]);
	for (const set of sets)
		for (const depth of [set.startDepth, ...otherDepthsOf(set)]) {
			const { setId, alsoResume } = quizIdsOf(set, depth);
			for (const id of [setId, ...alsoResume]) ids.add(id);
		}
	return ids;
}

/**
 * For each mixed set, every id its quizzes are stored under: its own and at each depth (the
 * first visit's ten questions are `mixed-10-depth-1`). The menu has one line for a mixed set, so
 * its scores and a quiz left halfway are those of the set at any depth.
 *
 * @example
 * mixedStoredAs(catalogue)['mixed-10'] // ['mixed-10', 'mixed-10-depth-1', 'mixed-10-depth-2', 'mixed-10-depth-3']
 */
export function mixedStoredAs(sets: readonly SetInfo[]): Record<string, string[]> {
	return Object.fromEntries(
		sets
			.filter((set) => set.group === 'mixed')
			.map((set) => [set.id, [set.id, ...depths.map((depth) => withDepth(set.id, depth))]])
	);
}

export interface CatalogueSource {
	/** the question bank, in bank order */
	questions: readonly SetQuestion[];
	topics: readonly { id: TopicId; title: string }[];
	sections: readonly { id: SectionId; title: string }[];
}

/**
 * Every set a learner can pick, in menu order (that of {@link availableSetIds}), with its title
 * and size.
 *
 * @example
 * setCatalogue({ questions, topics, sections })
 * // [{ id: 'topic-attribution-graphs', group: 'topic', title: 'Attribution graphs and circuit tracing', size: 35 }, …,
 * //  { id: 'section-key-concepts-2', group: 'section', title: 'Quiz me on Key Concepts Part 2', size: 68 }, …,
 * //  { id: 'mistakes', group: 'mistakes', title: 'My mistakes' }]
 */
export function setCatalogue({ questions, topics, sections }: CatalogueSource): SetInfo[] {
	return availableSetIds(questions).flatMap((id): SetInfo[] => {
		const set = parseSetId(id);
		if (!set) return [];
		const title = setTitleOf(id, { topics, sections }) ?? id;
		const count = (keep: (q: SetQuestion) => boolean) => questions.filter(keep).length;
		const withDepths = (kind: 'topic' | 'section', keep: (q: SetQuestion) => boolean) => {
			const sizes = depthSizes(questions.filter(keep));
			const start = startingDepth(kind, sizes);
			const depths = sizes.map((size) => ({
				...size,
				id: withDepth(id, size.depth),
				title: depthTitles[size.depth]
			}));
			return { size: count(keep), depths, ...(start ? { startDepth: start } : {}) };
		};
		switch (set.kind) {
			case 'topic':
				return [
					{ id, group: set.kind, title, ...withDepths('topic', (q) => q.topic === set.topic) }
				];
			case 'section':
				return [
					{
						id,
						group: set.kind,
						title,
						...withDepths('section', (q) => q.sources.transcript?.section === set.section)
					}
				];
			case 'fact-check':
				return [{ id, group: set.kind, title, size: count((q) => q.type === 'fact-check') }];
			case 'mixed': {
				const size = set.size === 'all' ? questions.length : Math.min(set.size, questions.length);
				return [{ id, group: set.kind, title, size }];
			}
			case 'mistakes':
				return [{ id, group: set.kind, title }];
			case 'repair':
				// not in the menu: availableSetIds never lists it
				return [];
		}
	});
}

/** a set, or a set at one depth, as a link to its quiz */
export interface SetLink {
	id: string;
	title: string;
	href: string;
}

/**
 * Every set and every set at each of its depths, with its title and the address of its quiz
 * page (a depth is `?depth=N` on its set's page): for lists of scores kept by set id. A mixed set
 * kept to one depth (the first visit's ten questions) keeps its scores too.
 *
 * @example
 * setLinks(catalogue).find((s) => s.id === 'section-closing-depth-2')
 * // { id: 'section-closing-depth-2', title: 'Quiz me on Closing: What the paper shows', href: '/quiz/section-closing?depth=2' }
 */
export function setLinks(catalogue: readonly SetInfo[]): SetLink[] {
	return catalogue.flatMap((set) => {
		const atDepths =
			set.group === 'mixed'
				? depths.map((depth) => ({ id: withDepth(set.id, depth), title: depthTitles[depth] }))
				: (set.depths ?? []);
		return [
			{ id: set.id, title: set.title, href: quizHref(set.id) },
			...atDepths.map((depth) => ({
				id: depth.id,
				title: `${set.title}: ${depth.title}`,
				href: quizHref(depth.id)
			}))
		];
	});
}

/**
 * The address of a set's quiz page; a set at one depth is its set's page with `?depth=N`.
 *
 * @example
 * quizHref('section-closing-depth-2') // '/quiz/section-closing?depth=2'
 * quizHref('repair') // '/quiz/repair'
 */
export function quizHref(setId: string): string {
	const depth = depthOfSetId(setId);
	return `/quiz/${baseSetId(setId)}${depth === undefined ? '' : `?depth=${depth}`}`;
}

/**
 * The prerendered file that stores a question, `/quiz-data/<chunk>.json`: one per topic and
 * episode section (and one per topic for questions that quote no passage of the episode), so that
 * each question is stored once and a topic's or a section's quiz fetches little more than its own
 * questions.
 *
 * @example
 * questionChunkOf({ topic: 'rhyme-planning', sources: { transcript: { section: 'introduction', … } } }) // 'rhyme-planning.introduction'
 * questionChunkOf({ topic: 'limitations', sources: { paper: ['14'] } }) // 'limitations.unquoted'
 */
export function questionChunkOf(question: SetQuestion): string {
	return `${question.topic}.${question.sources.transcript?.section ?? 'unquoted'}`;
}

/** every file of questions, in bank order of its first question */
export function questionChunks(questions: readonly SetQuestion[]): string[] {
	return [...new Set(questions.map(questionChunkOf))];
}

/** whether a question can be in the set: its topic, its section, a fact-check, or any */
function mayHold(set: QuizSet, question: SetQuestion): boolean {
	switch (set.kind) {
		case 'topic':
			return question.topic === set.topic;
		case 'section':
			return question.sources.transcript?.section === set.section;
		case 'fact-check':
			return question.type === 'fact-check';
		case 'mixed':
		case 'mistakes':
		case 'repair':
			return true;
	}
}

/**
 * The files that hold every question a set can ask, in bank order: those of its topic, its
 * section or its fact-checks (a set at one depth reads the same files as its set); all of them for
 * sets drawn from the whole bank (mixed, mistakes, the repair quiz and the retry, which can hold
 * any question). Undefined for an id that names no set.
 *
 * @example
 * chunksForSet('topic-limitations', questions) // ['limitations.unquoted', 'limitations.key-concepts-1', …]
 * chunksForSet('topic-limitations-depth-2', questions) // the same files
 * chunksForSet('mixed-10', questions) // every chunk
 */
export function chunksForSet(
	setId: string,
	questions: readonly SetQuestion[]
): string[] | undefined {
	if (setId === retrySetId) return questionChunks(questions);
	const set = parseSetId(setId);
	if (!set) return undefined;
	return questionChunks(questions.filter((q) => mayHold(set, q)));
}
