// What a question's first screen says, in words: its prompt and its choices in the order shown.
// The quiz shows them (QuestionView) and the build puts a set's opening question, as a new attempt
// shows it, into the quiz page's HTML before any script runs (issue 15); both read them here, so
// the page's first paint and the quiz that replaces it say the same.
import type { AnswerSource, Question, QuestionType, Verdict } from '../content/schema';
import { verdictButtonLabels, verdictHints } from './answer-text';
import { seededRandom } from './random';
import { openingLayout } from './session';
import { questionIdsForSet, type SetQuestion } from './sets';
import type { QuizLength } from '../model/schema';

/** a choice as its button reads, before any answer */
export interface ChoiceText {
	id: string;
	label: string;
	/** a line under the label, e.g. what a verdict means */
	hint?: string;
}

/**
 * The question as the quiz asks it: a fact-check asks about the claim quoted above it, a
 * true-false statement is asked as one.
 *
 * @example
 * promptOf(trueFalse) // 'True or false: The model plans a rhyme before writing the line.'
 */
export function promptOf(question: Question): string {
	switch (question.type) {
		case 'fact-check':
			return 'What does the paper say about this claim from the episode?';
		case 'true-false':
			return `True or false: ${question.prompt}`;
		case 'cloze':
			// as the gaps' legend reads when the question has no prompt of its own
			return question.prompt ?? 'Fill in the gaps.';
		default:
			return question.prompt;
	}
}

/**
 * The choices of a single, multi, true-false or fact-check question in the order `layout` gives
 * (ids it does not know are left out); none for the other types.
 *
 * @example
 * choicesOf(trueFalse, ['true', 'false']) // [{ id: 'true', label: 'True' }, { id: 'false', label: 'False' }]
 */
export function choicesOf(question: Question, layout: readonly string[]): ChoiceText[] {
	switch (question.type) {
		case 'single':
		case 'multi':
			return layout.flatMap((id) => {
				const option = question.options.find((o) => o.id === id);
				return option ? [{ id, label: option.text }] : [];
			});
		case 'true-false':
			return layout.map((id) => ({ id, label: id === 'true' ? 'True' : 'False' }));
		case 'fact-check':
			return layout.map((id) => ({
				id,
				label: verdictButtonLabels[id as Verdict] ?? id,
				hint: verdictHints[id as Verdict] ?? ''
			}));
		default:
			return [];
	}
}

/** the first screen of a new attempt at a set, as the quiz page's HTML shows it */
export interface OpeningScreen {
	questionId: string;
	type: QuestionType;
	answerableFrom: AnswerSource;
	prompt: string;
	/** for a fact-check: the episode's words it asks about */
	claimQuote?: string;
	/** and the words spoken just before them */
	claimLead?: string;
	/** in the order the quiz shows them; empty for the types without choices */
	choices: ChoiceText[];
	/** how many questions the attempt asks */
	total: number;
	/**
	 * how many it asks at each length a learner can choose, where the set's size makes them differ
	 * (the first screen paints the learner's: routes/quiz/[set]/FirstQuestion.svelte)
	 */
	totals?: Partial<Record<`${QuizLength}`, number>>;
}

export interface OpeningSource {
	/** the question bank, in bank order */
	questions: readonly Question[];
	/** a claim's quote, for a fact-check */
	claimQuote: (claimId: string) => string | undefined;
	/** the words spoken just before a claim's quote */
	claimLead?: (claimId: string) => string | undefined;
	/** the learner's default length (Settings.quizLength of a new learner) */
	length: QuizLength;
}

/**
 * The opening question of a new attempt at `setId` (a set id at the depth the page opens at),
 * laid out as {@link openingLayout} lays it out, with what the first screen shows of it and no
 * more: no answer, no explanation. Undefined for a set whose questions depend on the learner
 * (mistakes, repair, retry) or that has none.
 *
 * @example
 * openingScreen('section-introduction-depth-1', { questions, claimQuote, length: 10 })
 * // { questionId: 'intro-…', type: 'single', prompt: '…', choices: [{ id: 'c', label: '…' }, …], total: 10, … }
 */
export function openingScreen(
	setId: string,
	{ questions, claimQuote, claimLead, length }: OpeningSource
): OpeningScreen | undefined {
	if (setId === 'mistakes' || setId === 'repair') return undefined;
	let ids: string[];
	try {
		// the order of the rest does not matter here, only which question opens and how many follow
		ids = questionIdsForSet(setId, {
			questions: questions as readonly SetQuestion[],
			attempts: [],
			random: seededRandom(0),
			length
		});
	} catch {
		return undefined; // not a set of the bank (the retry of missed questions)
	}
	const question = questions.find((q) => q.id === ids[0]);
	if (!question) return undefined;
	const quote = question.type === 'fact-check' ? claimQuote(question.claim) : undefined;
	const lead = question.type === 'fact-check' ? claimLead?.(question.claim) : undefined;
	return {
		questionId: question.id,
		type: question.type,
		answerableFrom: question.answerableFrom,
		prompt: promptOf(question),
		...(quote ? { claimQuote: quote } : {}),
		...(quote && lead ? { claimLead: lead } : {}),
		choices: choicesOf(question, openingLayout(question) ?? []),
		total: ids.length
	};
}
