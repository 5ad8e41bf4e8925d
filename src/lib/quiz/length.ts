// How many questions a quiz asks (issue 13): 10 unless the learner chooses 20 or all of them; the
// choice is kept in Settings.quizLength. A mixed set's size is its own.
import type { QuizLength } from '../model/schema';

/** the lengths a learner can choose, as the choice reads */
export const quizLengthChoices: readonly { value: QuizLength; label: string }[] = [
	{ value: 10, label: '10 questions' },
	{ value: 20, label: '20 questions' },
	{ value: 'all', label: 'All of them' }
];

/**
 * Reads a length from a form's text value; undefined for anything else.
 *
 * @example
 * parseQuizLength('20') // 20
 * parseQuizLength('all') // 'all'
 * parseQuizLength('15') // undefined
 */
export function parseQuizLength(text: string): QuizLength | undefined {
	return quizLengthChoices.find((choice) => String(choice.value) === text)?.value;
}
