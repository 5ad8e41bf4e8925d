// The menu of quiz sets as a learner sees it: a title and a size for each set id of sets.ts, and
// which prerendered data file holds a set's questions.
import type { SectionId, TopicId } from '../content/schema';
import { availableSetIds, parseSetId, type QuizSet, type SetQuestion } from './sets';

/** a quiz of the questions missed in one session; it has its own scores, apart from its set's */
export const retrySetId = 'retry';

/** the quiz that repairs the episode's distortions fallen for; opened from the home page, outside the menu */
export const repairSetId = 'repair';

/** the data file that holds every question, for sets drawn from the whole bank */
export const allQuestionsFile = 'all';

/** a retry of missed questions is a set of its own kind, outside the menu */
export type SetGroup = QuizSet['kind'] | 'retry';

export interface SetInfo {
	id: string;
	group: SetGroup;
	title: string;
	/** how many questions it asks; undefined for "My mistakes", which depends on the learner */
	size?: number;
}

export interface CatalogueSource {
	/** the question bank, in bank order */
	questions: readonly SetQuestion[];
	topics: readonly { id: TopicId; title: string }[];
	sections: readonly { id: SectionId; title: string }[];
}

const factCheckTitle = 'Fact-check the episode';

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
		switch (set.kind) {
			case 'topic': {
				const title = topics.find((t) => t.id === set.topic)?.title ?? set.topic;
				return [
					{
						id,
						group: set.kind,
						// the fact-check topic shares its name with the fact-check set, which asks only its verdicts
						title: title === factCheckTitle ? `${title}: every question` : title,
						size: count((q) => q.topic === set.topic)
					}
				];
			}
			case 'section': {
				const title = sections.find((s) => s.id === set.section)?.title ?? set.section;
				return [
					{
						id,
						group: set.kind,
						title: `Quiz me on ${title}`,
						size: count((q) => q.sources.transcript?.section === set.section)
					}
				];
			}
			case 'fact-check':
				return [
					{
						id,
						group: set.kind,
						title: factCheckTitle,
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

/**
 * The prerendered data file (`/quiz-data/<file>.json`) with the questions of a set: its own for a
 * topic, a section or the fact-checks, the whole bank for sets drawn from all of it. Undefined for
 * an id that names no set.
 *
 * @example
 * dataFileOf('topic-rhyme-planning') // 'topic-rhyme-planning'
 * dataFileOf('mixed-10') // 'all'
 * dataFileOf('retry') // 'all'
 * dataFileOf('repair') // 'all'
 */
export function dataFileOf(setId: string): string | undefined {
	if (setId === retrySetId) return allQuestionsFile;
	const set = parseSetId(setId);
	if (!set) return undefined;
	return set.kind === 'mixed' || set.kind === 'mistakes' || set.kind === 'repair'
		? allQuestionsFile
		: setId;
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
