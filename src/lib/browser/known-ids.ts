// The ids of every question (with its type), flashcard and quiz set of this version of the app
// (/data/known-ids.json), checked by the schema the build wrote them with: what an imported file
// or a restored snapshot may refer to (issue 17).
import { KnownIds } from '$lib/model/known-ids';
import { fetchJson } from './fetch-json';

/** Loads the app's ids; throws with a message a learner can read. */
export const fetchKnownIds = (fetcher: typeof fetch = fetch): Promise<KnownIds> =>
	fetchJson('/data/known-ids.json', KnownIds, fetcher);
