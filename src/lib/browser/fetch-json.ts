// The one edge where JSON the app fetches meets its schema. Every prerendered file (a quiz set's
// questions, the flashcards, the progress page's metadata, the transcript's annotations) comes
// through here, so a stale cache, a truncated download or a file of another shape is told to the
// learner in words instead of breaking a page.
import * as z from 'zod/mini';

z.config({ jitless: true });

/**
 * Fetches `url` and parses its body with `schema`. Throws an Error whose message a learner can read
 * ("the server answered 404", "… is not in the expected form"); never returns unchecked data.
 */
export async function fetchJson<S extends z.ZodMiniType>(
	url: string,
	schema: S,
	fetcher: typeof fetch = fetch
): Promise<z.infer<S>> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch {
		throw new Error('it could not be downloaded; check the connection');
	}
	if (!response.ok) throw new Error(`the server answered ${response.status}`);
	const body: unknown = await response.json().catch(() => undefined);
	const parsed = schema.safeParse(body);
	if (!parsed.success) throw new Error('the downloaded file is not in the expected form');
	return parsed.data;
}
