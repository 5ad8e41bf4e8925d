// The prerendered outlines Today and the Review badge work from, checked by the schemas the build
// wrote them with.
import { CardOutlinesPayload } from '$lib/content/flashcard-items';
import { TodayMeta } from '$lib/progress/today-meta';
import { fetchJson } from './fetch-json';

/** every card's id, topic, difficulty, section and questions (src/routes/cards-data/bank.json/+server.ts) */
export const cardOutlinesUrl = '/cards-data/bank.json';
/** questions' depths and sections, and the claims they test (src/routes/today-data/today.json/+server.ts) */
export const todayMetaUrl = '/today-data/today.json';

/** Loads the card outlines (the bank's, and those made from questions); throws with a message a learner can read. */
export const fetchCardOutlines = (fetcher: typeof fetch = fetch): Promise<CardOutlinesPayload> =>
	fetchJson(cardOutlinesUrl, CardOutlinesPayload, fetcher);

/** Loads what Today needs of the questions and claims; throws with a message a learner can read. */
export const fetchTodayMeta = (fetcher: typeof fetch = fetch): Promise<TodayMeta> =>
	fetchJson(todayMetaUrl, TodayMeta, fetcher);
