// /data/known-ids.json: the ids of every question (with its type), flashcard and quiz set, built
// once at build time. /data fetches it to check the references of an imported file or a
// snapshot before they replace anything (issue 17).
import { json } from '@sveltejs/kit';
import { flashcards, questions } from '$lib/content';
import type { KnownIds } from '$lib/model/known-ids';
import { repairSetId, retrySetId } from '$lib/quiz/catalogue';
import { depths } from '$lib/quiz/depth';
import { withDepth } from '$lib/quiz/sets';
import { catalogue } from '../../quiz/catalogue.server';
import { derived } from '../../question-cards.server';

export const prerender = true;

export function GET() {
	// a set is kept under its id at each depth too (withDepth leaves a set without depths as it is),
	// and its plain id still holds quizzes taken before depths existed
	const sets = catalogue.flatMap((set) => [set.id, ...depths.map((d) => withDepth(set.id, d))]);
	const known: KnownIds = {
		questions: Object.fromEntries(questions.map((q) => [q.id, q.type])),
		// the cards made from questions are in the deck once a miss brings them in
		cards: [...flashcards, ...derived].map((c) => c.id),
		sets: [...new Set([...sets, retrySetId, repairSetId])]
	};
	return json(known);
}
