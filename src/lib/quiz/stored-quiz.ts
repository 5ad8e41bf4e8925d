// A quiz in progress read back from storage, made fit to show before a page shows it (issue 17).
// Stored data passed the loader's schema, but not every stored answer fits its question: an
// imported file from before the import gate, or a question changed in an update, can hold a
// typed response to a fact-check question, which grading refuses by throwing. A page never throws
// on stored data: what does not fit is left out, and the page says so.
import type { Question } from '../content/schema';
import type { ActiveQuiz, Attempt, QuestionLayout, Response } from '../model/schema';
import { verdictOrder } from './describe';
import { layoutFor, trueFalseOrder } from './session';

const sameIds = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && new Set(a).size === a.length && a.every((id) => b.includes(id));

const distinctWithin = (ids: readonly string[], allowed: readonly string[]) =>
	new Set(ids).size === ids.length && ids.every((id) => allowed.includes(id));

/**
 * Whether a stored response can be an answer to `question`: its type, and only ids the question
 * has, each once (an ordering of every item, a match per prompt at most).
 *
 * @example
 * responseFits(factCheck, { type: 'typed', text: 'x' }) // false
 */
export function responseFits(question: Question, response: Response): boolean {
	// "I don't know" answers any question
	if (response.type === 'skip') return true;
	if (response.type !== question.type) return false;
	switch (response.type) {
		case 'single':
			return question.type === 'single' && question.options.some((o) => o.id === response.choice);
		case 'multi':
			return (
				question.type === 'multi' &&
				distinctWithin(
					response.choices,
					question.options.map((o) => o.id)
				)
			);
		case 'ordering':
			return (
				question.type === 'ordering' &&
				sameIds(
					response.order,
					question.items.map((item) => item.id)
				)
			);
		case 'matching': {
			if (question.type !== 'matching') return false;
			const ids = question.pairs.map((pair) => pair.id);
			return (
				distinctWithin(
					response.matches.map((m) => m.left),
					ids
				) && response.matches.every((m) => ids.includes(m.right))
			);
		}
		case 'cloze':
			return question.type === 'cloze' && response.texts.length <= question.gaps.length;
		default:
			return true;
	}
}

/** the ids a question's layout must order, each once; undefined for typed and cloze */
function layoutIds(question: Question): readonly string[] | undefined {
	switch (question.type) {
		case 'single':
		case 'multi':
			return question.options.map((o) => o.id);
		case 'ordering':
			return question.items.map((item) => item.id);
		case 'matching':
			return question.pairs.map((pair) => pair.id);
		case 'true-false':
			return trueFalseOrder;
		case 'fact-check':
			return verdictOrder;
		default:
			return undefined;
	}
}

export interface FittedQuiz {
	quiz: ActiveQuiz;
	/** stored answers left out: they did not fit their question */
	droppedAnswers: Attempt[];
	/** layouts laid out again: they did not order their question's options */
	relaid: number;
}

/**
 * The stored quiz with every answer that does not fit its question left out (that question is
 * asked again) and every layout that does not order its question's options laid out afresh.
 * `questionOf` gives each question of the quiz; the caller has checked they all exist.
 *
 * @example
 * fitStoredQuiz(quiz, (id) => byId.get(id), Math.random)
 * // { quiz, droppedAnswers: [the typed answer to a fact-check], relaid: 0 }
 */
export function fitStoredQuiz(
	quiz: ActiveQuiz,
	questionOf: (id: string) => Question | undefined,
	random: () => number
): FittedQuiz {
	const asked = new Set(quiz.questionIds);
	const droppedAnswers: Attempt[] = [];
	const attempts = quiz.attempts.filter((attempt) => {
		const question = asked.has(attempt.questionId) ? questionOf(attempt.questionId) : undefined;
		const fits =
			question !== undefined &&
			attempt.setId === quiz.setId &&
			responseFits(question, attempt.response);
		if (!fits) droppedAnswers.push(attempt);
		return fits;
	});
	let relaid = 0;
	const layouts = quiz.questionIds.flatMap((questionId): QuestionLayout[] => {
		const question = questionOf(questionId);
		const ids = question && layoutIds(question);
		if (!question || !ids) return [];
		const stored = quiz.layouts.find((l) => l.questionId === questionId);
		if (stored && sameIds(stored.order, ids)) return [stored];
		relaid++;
		return [{ questionId, order: layoutFor(question, random) ?? [...ids] }];
	});
	const unchanged = droppedAnswers.length === 0 && relaid === 0;
	return {
		quiz: unchanged ? quiz : { ...quiz, attempts, layouts },
		droppedAnswers,
		relaid
	};
}
