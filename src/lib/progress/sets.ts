// the names of quiz sets, from their stable ids (see src/lib/quiz/sets.ts), for the score history
// and an import's preview: the catalogue's titles, the ones the menu and Home give them.
import { shortenedId } from '../format/format';
import { setTitleOf, type SetNames } from '../quiz/catalogue';

export type { SetNames } from '../quiz/catalogue';

/**
 * The name of a set for people. An id the app does not know (from an old or a hand-edited backup)
 * is shown as it is, shortened: as text, like every stored string.
 *
 * @example
 * setTitle('topic-rhyme-planning', meta) // 'Planning in poems'
 * setTitle('section-closing', meta) // 'Quiz me on Closing'
 * setTitle('section-closing-depth-2', meta) // 'Quiz me on Closing: What the paper shows'
 */
export function setTitle(setId: string, meta: SetNames): string {
	const title = setTitleOf(setId, meta);
	if (title !== undefined) return title;
	return `Other quiz (${shortenedId(setId)})`;
}
