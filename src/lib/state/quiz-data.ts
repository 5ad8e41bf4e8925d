// Fetches a set's prerendered questions (/quiz-data/<file>.json). The file is built from the
// validated bank by this same app, so a light check of its shape is enough: it catches a stale or
// truncated cache, not a hostile author.
import type { QuizData, QuizItem } from '$lib/content/quiz-items';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function isQuizData(value: unknown, file: string): value is QuizData {
	if (!isRecord(value) || value.file !== file || !Array.isArray(value.items)) return false;
	return value.items.every(
		(item) =>
			isRecord(item) &&
			isRecord(item.question) &&
			typeof item.question.id === 'string' &&
			typeof item.question.type === 'string' &&
			Array.isArray(item.paper) &&
			Array.isArray(item.misconceptions)
	);
}

/** Loads the questions of a data file; throws with a message a learner can read. */
export async function fetchQuizItems(
	file: string,
	fetcher: typeof fetch = fetch
): Promise<QuizItem[]> {
	let response: Response;
	try {
		response = await fetcher(`/quiz-data/${encodeURIComponent(file)}.json`);
	} catch {
		throw new Error('the questions could not be downloaded; check the connection and reload');
	}
	if (!response.ok)
		throw new Error(`the questions could not be downloaded (HTTP ${response.status})`);
	const data: unknown = await response.json().catch(() => undefined);
	if (!isQuizData(data, file))
		throw new Error('the downloaded questions are not in the expected form');
	return data.items;
}

/**
 * Resolves once the app has read storage. The root layout reads it as the page hydrates, so this
 * rarely waits; a lazily loaded part of a page may still arrive first.
 */
export async function whenLoaded(
	app: { readonly loaded: boolean },
	pollMs = 20,
	timeoutMs = 15_000
): Promise<void> {
	// storage that cannot be read at all (its code failed to load) must end in a message, not a spinner
	for (let waited = 0; !app.loaded; waited += pollMs) {
		if (waited >= timeoutMs)
			throw new Error('your saved progress could not be read; reload the page');
		await new Promise((resolve) => setTimeout(resolve, pollMs));
	}
}
