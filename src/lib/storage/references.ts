// The references an imported file or a snapshot makes to the app's content, checked before it
// replaces anything (issue 17): every answer is to a question the app has, with a response of
// that question's type; every quiz is of a set the app has, asking questions it has; every card
// state and review is of a flashcard it has. The loader does not apply these: a stored state
// whose question left the bank in an update still loads, and the pages drop what they cannot
// show (quiz/stored-quiz.ts). Anything that enters the store from outside must fit this version.
import type { KnownIds } from '../model/known-ids';
import type { Attempt, AppData } from '../model/schema';
import { quotedId as quoted } from '../format/format';
import { fieldPath } from './issues';

export type ReferenceCheck = { ok: true } | { ok: false; reason: string };

/**
 * the first answer that refers to a question the app lacks, or answers it with the wrong type
 * ("I don't know", a skip, answers any question)
 */
function attemptProblem(
	at: readonly PropertyKey[],
	attempt: Attempt,
	known: KnownIds,
	sets: ReadonlySet<string>
): string | undefined {
	const type = Object.hasOwn(known.questions, attempt.questionId)
		? known.questions[attempt.questionId]
		: undefined;
	if (type === undefined)
		return `${fieldPath([...at, 'questionId'])}: no question ${quoted(attempt.questionId)} in this app`;
	if (attempt.response.type !== 'skip' && attempt.response.type !== type)
		return `${fieldPath([...at, 'response', 'type'])}: a ${attempt.response.type} response cannot answer the ${type} question ${quoted(attempt.questionId)}`;
	if (!sets.has(attempt.setId))
		return `${fieldPath([...at, 'setId'])}: no quiz set ${quoted(attempt.setId)} in this app`;
	return undefined;
}

function questionsProblem(
	at: readonly PropertyKey[],
	questionIds: readonly string[],
	known: KnownIds
): string | undefined {
	const index = questionIds.findIndex((id) => !Object.hasOwn(known.questions, id));
	const missing = questionIds[index];
	return missing === undefined
		? undefined
		: `${fieldPath([...at, 'questionIds', index])}: no question ${quoted(missing)} in this app`;
}

/**
 * The first reference in `data` to something this version of the app does not have, named by
 * its field; stops there.
 *
 * @example
 * checkReferences(data, known)
 * // { ok: false, reason: 'attempts[3].response.type: a typed response cannot answer the fact-check question “fc-c07”' }
 */
export function checkReferences(data: AppData, known: KnownIds): ReferenceCheck {
	const sets = new Set(known.sets);
	const cards = new Set(known.cards);
	const problem = (): string | undefined => {
		for (const [i, attempt] of data.attempts.entries()) {
			const found = attemptProblem(['attempts', i], attempt, known, sets);
			if (found) return found;
		}
		for (const [i, quiz] of data.finishedQuizzes.entries()) {
			if (!sets.has(quiz.setId))
				return `${fieldPath(['finishedQuizzes', i, 'setId'])}: no quiz set ${quoted(quiz.setId)} in this app`;
			const found = questionsProblem(['finishedQuizzes', i], quiz.questionIds, known);
			if (found) return found;
		}
		for (const [i, quiz] of data.activeQuizzes.entries()) {
			const at = ['activeQuizzes', i];
			if (!sets.has(quiz.setId))
				return `${fieldPath([...at, 'setId'])}: no quiz set ${quoted(quiz.setId)} in this app`;
			const found = questionsProblem(at, quiz.questionIds, known);
			if (found) return found;
			const asked = new Set(quiz.questionIds);
			const layout = quiz.layouts.findIndex((l) => !asked.has(l.questionId));
			if (layout !== -1)
				return `${fieldPath([...at, 'layouts', layout, 'questionId'])}: not a question of this quiz`;
			for (const [j, attempt] of quiz.attempts.entries()) {
				const where = [...at, 'attempts', j];
				const bad = attemptProblem(where, attempt, known, sets);
				if (bad) return bad;
				if (!asked.has(attempt.questionId))
					return `${fieldPath([...where, 'questionId'])}: not a question of this quiz`;
				if (attempt.setId !== quiz.setId)
					return `${fieldPath([...where, 'setId'])}: not the set of this quiz (${quoted(quiz.setId)})`;
			}
		}
		const lists = [
			['cards', data.cards],
			['reviewLog', data.reviewLog],
			['undoStack', data.undoStack]
		] as const;
		for (const [name, list] of lists) {
			const index = list.findIndex((item) => !cards.has(item.cardId));
			const item = list[index];
			if (item)
				return `${fieldPath([name, index, 'cardId'])}: no flashcard ${quoted(item.cardId)} in this app`;
		}
		// an undo puts `previous` back in place of its card: a state of another card would overwrite it
		const mismatch = data.undoStack.findIndex(
			(step) => step.previous !== null && step.previous.cardId !== step.cardId
		);
		const step = data.undoStack[mismatch];
		if (step)
			return `${fieldPath(['undoStack', mismatch, 'previous', 'cardId'])}: not the card of this undo step (${quoted(step.cardId)})`;
		return undefined;
	};
	const reason = problem();
	return reason === undefined ? { ok: true } : { ok: false, reason };
}
