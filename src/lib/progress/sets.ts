// the names of quiz sets, from their stable ids (see src/lib/quiz/sets.ts), for the score history.
import { depthTitles } from '../quiz/depth';
import { baseSetId, depthOfSetId } from '../quiz/sets';

/** what names a set: the bank's topics and episode sections */
export interface SetNames {
	topics: readonly { id: string; title: string }[];
	sections: readonly { id: string; title: string }[];
}

const fixedTitles: Record<string, string> = {
	'fact-check': 'Fact-check the episode',
	'mixed-10': 'Mixed: 10 questions',
	'mixed-20': 'Mixed: 20 questions',
	'mixed-all': 'Mixed: every question',
	mistakes: 'My mistakes',
	retry: 'Retry of missed questions',
	repair: 'Repair my misconceptions'
};

/**
 * The name of a set for people. An id the app does not know (from an old or a hand-edited backup)
 * is shown as it is, shortened: as text, like every stored string.
 *
 * @example
 * setTitle('topic-rhyme-planning', meta) // 'Planning in poems'
 * setTitle('section-closing', meta) // 'Episode: Closing'
 * setTitle('section-closing-depth-2', meta) // 'Episode: Closing: What the paper shows'
 */
export function setTitle(setId: string, meta: SetNames): string {
	const depth = depthOfSetId(setId);
	if (depth !== undefined) return `${setTitle(baseSetId(setId), meta)}: ${depthTitles[depth]}`;
	if (Object.hasOwn(fixedTitles, setId)) return fixedTitles[setId] as string;
	const topic = meta.topics.find((t) => `topic-${t.id}` === setId);
	if (topic) return topic.title;
	const section = meta.sections.find((s) => `section-${s.id}` === setId);
	if (section) return `Episode: ${section.title}`;
	const shown = setId.length > 40 ? `${setId.slice(0, 39)}…` : setId;
	return `Other quiz (${shown})`;
}
