// A quiz set's prerendered questions: the files that hold them (/quiz-data/<chunk>.json) and the
// file of what they share (/quiz-data/context.json), each checked by the schema the build wrote it
// with, then resolved into what the quiz shows.
import {
	contextLookup,
	QuizChunk,
	QuizContext,
	resolveQuizItem,
	type QuizItem
} from '$lib/content/quiz-items';
import { fetchJson } from './fetch-json';

/** where the build puts the shared file (src/routes/quiz-data/[file].json/+server.ts) */
export const quizContextUrl = '/quiz-data/context.json';

/** where the build puts a file of questions */
export const quizChunkUrl = (chunk: string) => `/quiz-data/${encodeURIComponent(chunk)}.json`;

/**
 * Loads the questions of `chunks`, in bank order, each with what its feedback links to; throws
 * with a message a learner can read.
 */
export async function fetchQuizItems(
	chunks: readonly string[],
	fetcher: typeof fetch = fetch
): Promise<QuizItem[]> {
	const [context, ...files] = await Promise.all([
		fetchJson(quizContextUrl, QuizContext, fetcher),
		...chunks.map((chunk) => fetchJson(quizChunkUrl(chunk), QuizChunk, fetcher))
	]);
	if (files.some((file, i) => file.chunk !== chunks[i]))
		throw new Error('the downloaded questions belong to another quiz');
	const lookup = contextLookup(context);
	try {
		return files
			.flatMap((file) => file.items)
			.sort((a, b) => a.n - b.n)
			.map((item) => resolveQuizItem(item, lookup));
	} catch {
		// a question naming a claim the shared file lacks: files from two versions of the app
		throw new Error('the downloaded questions do not match each other; reload the page');
	}
}
