// The marks that inline scripts read before the first paint, which the database cannot be read in
// time for (issue 15): whether there is progress, so /progress paints the card for a new learner or
// its loading line for one with progress (app.html); and the quiz length, so a quiz page's first
// screen counts the questions the live quiz will ask (routes/quiz/[set]/FirstQuestion.svelte).
// They are only hints for the first paint: where localStorage refuses them (full, blocked), the
// page paints as for a new learner until the stored progress is read, and nothing else depends on
// them.
import { defaultSettings } from '$lib/model/defaults';
import type { QuizLength } from '$lib/model/schema';
import { progressMarkerKey, quizLengthMarkerKey } from '$lib/storage/keys';

/** Sets or removes the mark, quietly where localStorage refuses it. */
function mark(storage: Storage | undefined, key: string, value: string | undefined) {
	try {
		if (value === undefined) storage?.removeItem(key);
		else storage?.setItem(key, value);
	} catch {
		// the hint is lost, nothing else: the progress itself is in the database
	}
}

/** Keeps the mark of progress in step with what is stored. */
export function markProgress(storage: Storage | undefined, has: boolean) {
	mark(storage, progressMarkerKey, has ? 'yes' : undefined);
}

/** Keeps the mark of the quiz length in step with what is stored: none for a new learner's. */
export function markQuizLength(storage: Storage | undefined, length: QuizLength) {
	mark(
		storage,
		quizLengthMarkerKey,
		length === defaultSettings.quizLength ? undefined : String(length)
	);
}
