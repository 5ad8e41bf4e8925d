// The questions of each quiz set with everything their feedback links to, as static JSON: a quiz
// page fetches its file after it has painted, which keeps the pages themselves small.
import { error, json } from '@sveltejs/kit';
import { claims, questions, sections, topics, transcript } from '$lib/content';
import { toQuizItem, type QuizData } from '$lib/content/quiz-items';
import { allQuestionsFile, dataFilesOf } from '$lib/quiz/catalogue';
import { availableSetIds, parseSetId, setMembers } from '$lib/quiz/sets';
import { cardsOf } from '../../question-cards.server';

export const prerender = true;

export const entries = () => dataFilesOf(availableSetIds(questions)).map((file) => ({ file }));

const sources = {
	topics,
	sections,
	claims,
	transcript,
	cardsOf: (id: string) => cardsOf.get(id) ?? []
};

export function GET({ params }) {
	const { file } = params;
	let chosen = questions;
	if (file !== allQuestionsFile) {
		if (!parseSetId(file)) error(404, `there is no quiz data ${file}`);
		// a set's file holds every depth of it, in bank order
		chosen = setMembers(file, { questions, attempts: [] }).flatMap(
			(member) => questions.find((q) => q.id === member.id) ?? []
		);
	}
	const data: QuizData = { file, items: chosen.map((q) => toQuizItem(q, sources)) };
	return json(data);
}
