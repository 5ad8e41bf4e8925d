// The questions as static JSON, each stored once (issue 15): a file per topic and episode section
// (/quiz-data/<chunk>.json) with each question's flashcards, and context.json with the titles and
// claims many questions share. A quiz page fetches the files of its set after it has painted, which
// keeps the pages small; the service worker caches them all once.
import { error, json } from '@sveltejs/kit';
import { claims, questions, sections, topics, transcript } from '$lib/content';
import {
	toQuizContext,
	toStoredQuizItem,
	type QuizChunk,
	type QuizContext
} from '$lib/content/quiz-items';
import { questionChunkOf, questionChunks } from '$lib/quiz/catalogue';
import { cardsOf } from '../../question-cards.server';

export const prerender = true;

/** the shared file's name; no chunk can take it, since every chunk name has a dot */
const contextFile = 'context';

const chunks = questionChunks(questions);

export const entries = () => [contextFile, ...chunks].map((file) => ({ file }));

const storeSources = { sections, transcript, cardsOf: (id: string) => cardsOf.get(id) ?? [] };

export function GET({ params }) {
	const { file } = params;
	if (file === contextFile) {
		const context: QuizContext = toQuizContext(
			{ questions, topics, sections, claims, transcript },
			chunks
		);
		return json(context);
	}
	if (!chunks.includes(file)) error(404, `there is no quiz data ${file}`);
	const data: QuizChunk = {
		chunk: file,
		items: questions.flatMap((question, n) =>
			questionChunkOf(question) === file ? [toStoredQuizItem(question, n, storeSources)] : []
		)
	};
	return json(data);
}
