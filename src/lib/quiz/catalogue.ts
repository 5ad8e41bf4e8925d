// The menu of quiz sets as a learner sees it: a title and a size for each set id of sets.ts, and
// which prerendered data file holds a set's questions.
import type { SectionId, TopicId } from '../content/schema';
import { depthSizes, depthTitles, startingDepth, type Depth, type DepthSize } from './depth';
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

/** the data file that holds every question, for sets drawn from the whole bank */
export const allQuestionsFile = 'all';

/** a retry of missed questions is a set of its own kind, outside the menu */
export type SetGroup = QuizSet['kind'] | 'retry';

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
			case 'topic': {
				const title = topics.find((t) => t.id === set.topic)?.title ?? set.topic;
				return [
					{ id, group: set.kind, title, ...withDepths('topic', (q) => q.topic === set.topic) }
				];
			}
			case 'section': {
				const title = sections.find((s) => s.id === set.section)?.title ?? set.section;
				return [
					{
						id,
						group: set.kind,
						title: `Quiz me on ${title}`,
						...withDepths('section', (q) => q.sources.transcript?.section === set.section)
					}
				];
			}
			case 'fact-check':
				return [
					{
						id,
						group: set.kind,
						title: 'Fact-check the episode',
						size: count((q) => q.type === 'fact-check')
					}
				];
			case 'mixed': {
				const size = set.size === 'all' ? questions.length : Math.min(set.size, questions.length);
				const title =
					set.size === 'all' ? `All ${size} questions, shuffled` : `${size} random questions`;
				return [{ id, group: set.kind, title, size }];
			}
			case 'mistakes':
				return [{ id, group: set.kind, title: 'My mistakes' }];
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
 * page (a depth is `?depth=N` on its set's page): for lists of scores kept by set id.
 *
 * @example
 * setLinks(catalogue).find((s) => s.id === 'section-closing-depth-2')
 * // { id: 'section-closing-depth-2', title: 'Quiz me on Closing: What the paper shows', href: '/quiz/section-closing?depth=2' }
 */
export function setLinks(catalogue: readonly SetInfo[]): SetLink[] {
	return catalogue.flatMap((set) => [
		{ id: set.id, title: set.title, href: quizHref(set.id) },
		...(set.depths ?? []).map((depth) => ({
			id: depth.id,
			title: `${set.title}: ${depth.title}`,
			href: quizHref(depth.id)
		}))
	]);
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
 * The prerendered data file (`/quiz-data/<file>.json`) with the questions of a set: its own for a
 * topic, a section or the fact-checks, the whole bank for sets drawn from all of it. Undefined for
 * an id that names no set.
 *
 * @example
 * dataFileOf('topic-rhyme-planning') // 'topic-rhyme-planning'
 * dataFileOf('topic-rhyme-planning-depth-2') // 'topic-rhyme-planning'
 * dataFileOf('mixed-10') // 'all'
 * dataFileOf('retry') // 'all'
 * dataFileOf('repair') // 'all'
 */
export function dataFileOf(setId: string): string | undefined {
	if (setId === retrySetId) return allQuestionsFile;
	const set = parseSetId(setId);
	if (!set) return undefined;
	if (set.kind === 'mixed' || set.kind === 'mistakes' || set.kind === 'repair') {
		return allQuestionsFile;
	}
	// a set at one depth reads its set's file, which holds every depth
	return baseSetId(setId);
}

/**
 * The ids of the sets with their own data file, for prerendering.
 *
 * @example
 * dataFilesOf(['topic-jailbreak', 'mixed-10', 'mistakes']) // ['topic-jailbreak', 'all']
 */
export function dataFilesOf(setIds: readonly string[]): string[] {
	return [
		...new Set(
			[...setIds, retrySetId, repairSetId].flatMap((id) => {
				const file = dataFileOf(id);
				return file ? [file] : [];
			})
		)
	];
}
