// The mark app.html's inline script reads before the first paint, so /progress paints the card
// for a new learner, or its loading line for one with progress, from the HTML (issue 15).
import { progressMarkerKey } from '$lib/storage/keys';

/**
 * Keeps the mark in step with what is stored. It is only a hint for the first paint: where
 * localStorage refuses it (full, blocked), /progress shows the new learner's card until the stored
 * progress is read, and nothing else depends on it.
 */
export function markProgress(storage: Storage | undefined, has: boolean) {
	try {
		if (has) storage?.setItem(progressMarkerKey, 'yes');
		else storage?.removeItem(progressMarkerKey);
	} catch {
		// the hint is lost, nothing else: the progress itself is in the database
	}
}
