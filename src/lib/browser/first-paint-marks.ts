// The marks that inline scripts read before the first paint, which the database cannot be read in
// time for (issue 15): whether there is progress, so /progress paints the card for a new learner or
// its loading line for one with progress (app.html); on a quiz page's first screen
// (routes/quiz/[set]/FirstQuestion.svelte), the quiz length, so it counts the questions the live
// quiz will ask, and the sets begun, so it does not show a new attempt's first question where the
// learner's own quiz under way, or a retake's first question, is about to take its place.
// They are only hints for the first paint: where localStorage refuses them (full, blocked), the
// page paints as for a new learner until the stored progress is read, and nothing else depends on
// them.
import { defaultSettings } from '$lib/model/defaults';
import type { QuizLength } from '$lib/model/schema';
import { progressMarkerKey, quizLengthMarkerKey, quizzesBegunMarkerKey } from '$lib/storage/keys';

/** Sets or removes the mark, quietly where localStorage refuses it. */
function quietly(storage: Storage | undefined, key: string, value: string | undefined) {
	try {
		if (value === undefined) storage?.removeItem(key);
		else storage?.setItem(key, value);
	} catch {
		// the hint is lost, nothing else: the progress itself is in the database. An older one must
		// not stay in its place (a full localStorage refuses '20' → 'all'): none paints as for a new
		// learner, which the page corrects once the progress is read
		try {
			storage?.removeItem(key);
		} catch {
			// nothing can be marked: the pages paint as for a new learner
		}
	}
}

/** Keeps the mark of progress in step with what is stored. */
export function markProgress(storage: Storage | undefined, has: boolean) {
	quietly(storage, progressMarkerKey, has ? 'yes' : undefined);
}

/** Keeps the mark of the quiz length in step with what is stored: none for a new learner's. */
export function markQuizLength(storage: Storage | undefined, length: QuizLength) {
	quietly(
		storage,
		quizLengthMarkerKey,
		length === defaultSettings.quizLength ? undefined : String(length)
	);
}

/** the mark of the sets begun (a quiz under way or finished there): their ids, each once, in order */
export const begunMark = (setIds: readonly string[]) => [...new Set(setIds)].sort().join(' ');

/** Keeps the mark of the sets begun in step with what is stored: none while there are none. */
export function markQuizzesBegun(storage: Storage | undefined, mark: string) {
	quietly(storage, quizzesBegunMarkerKey, mark === '' ? undefined : mark);
}
