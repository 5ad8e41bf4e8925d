// /data/known-ids.json: the ids of every question (with its type), flashcard and quiz set, built
// once at build time. /data fetches it to check the references of an imported file or a
// snapshot before they replace anything (issue 17).
import { json } from '@sveltejs/kit';
import { flashcards, questions } from '$lib/content';
import type { KnownIds } from '$lib/model/known-ids';
import { retrySetId } from '$lib/quiz/catalogue';
import { catalogue } from '../../quiz/catalogue.server';

export const prerender = true;

export function GET() {
	const known: KnownIds = {
		questions: Object.fromEntries(questions.map((q) => [q.id, q.type])),
		cards: flashcards.map((c) => c.id),
		sets: [...catalogue.map((s) => s.id), retrySetId]
	};
	return json(known);
}
