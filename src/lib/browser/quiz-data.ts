// A quiz set's prerendered questions (/quiz-data/<file>.json), checked by the same schema the build
// wrote them with.
import { QuizData, type QuizItem } from '$lib/content/quiz-items';
import { fetchJson } from './fetch-json';

/** Loads the questions of a data file; throws with a message a learner can read. */
export async function fetchQuizItems(
	file: string,
	fetcher: typeof fetch = fetch
): Promise<QuizItem[]> {
	const data = await fetchJson(`/quiz-data/${encodeURIComponent(file)}.json`, QuizData, fetcher);
	if (data.file !== file) throw new Error('the downloaded questions belong to another quiz');
	return data.items;
}
