// Answers as plain text, for the feedback panel and the results page: what the learner gave and
// what was right, in the words the quiz showed them.
import type { Question, Verdict } from '../content/schema';
import type { Response } from '../model/schema';
import { answerLines, describeCorrectAnswer } from './describe';

/** the four fact-check answers, as the buttons read */
export const verdictButtonLabels: Readonly<Record<Verdict, string>> = {
	SUPPORTED: 'Supported',
	DISTORTED: 'Distorted',
	'NOT-IN-PAPER': 'Not in the paper',
	OPINION: 'Opinion'
};

/** a line under each verdict, so a learner knows what each one means before choosing */
export const verdictHints: Readonly<Record<Verdict, string>> = {
	SUPPORTED: 'The paper says this.',
	DISTORTED: 'The paper says something different.',
	'NOT-IN-PAPER': 'The paper does not say this.',
	OPINION: 'The hosts’ own view, not a claim about the paper.'
};

const optionText = (options: readonly { id: string; text: string }[], id: string) =>
	options.find((o) => o.id === id)?.text ?? id;

const orNothing = (text: string) => (text.trim() === '' ? '(no answer)' : text);

/**
 * What the learner answered, in words.
 *
 * @example
 * describeResponse(single, { type: 'single', choice: 'b' }) // 'By carrying digits like a person'
 * describeResponse(cloze, { type: 'cloze', texts: ['96', 'table'] }) // '1: 96; 2: table'
 */
export function describeResponse(question: Question, response: Response): string {
	switch (response.type) {
		case 'single':
			return question.type === 'single'
				? optionText(question.options, response.choice)
				: response.choice;
		case 'multi':
			if (response.choices.length === 0) return '(nothing chosen)';
			return question.type === 'multi'
				? response.choices.map((id) => optionText(question.options, id)).join('; ')
				: response.choices.join('; ');
		case 'true-false':
			return response.value ? 'True' : 'False';
		case 'typed':
			return orNothing(response.text);
		case 'cloze':
			return response.texts.map((text, i) => `${i + 1}: ${orNothing(text)}`).join('; ');
		case 'ordering':
			return question.type === 'ordering'
				? response.order.map((id, i) => `${i + 1}. ${optionText(question.items, id)}`).join('; ')
				: response.order.join('; ');
		case 'matching': {
			if (question.type !== 'matching')
				return response.matches.map((m) => `${m.left}: ${m.right}`).join('; ');
			const pairs = question.pairs;
			return pairs
				.map((pair) => {
					const right = response.matches.find((m) => m.left === pair.id)?.right;
					const chosen =
						right === undefined
							? '(not matched)'
							: (pairs.find((p) => p.id === right)?.right ?? right);
					return `${pair.left}: ${chosen}`;
				})
				.join('; ');
		}
		case 'fact-check':
			return verdictButtonLabels[response.verdict];
		case 'skip':
			return skipText;
	}
}

/** how an "I don't know" answer reads */
export const skipText = 'I don’t know';

/**
 * The right answer, in words; a fact-check's verdict reads as its button does.
 *
 * @example
 * rightAnswerText(factCheck, 'NOT-IN-PAPER') // 'Not in the paper'
 * rightAnswerText(trueFalse) // 'False'
 */
export function rightAnswerText(question: Question, verdict?: Verdict): string {
	if (question.type === 'fact-check') {
		if (!verdict)
			throw new Error(`fact-check ${question.id} needs the verdict of claim ${question.claim}`);
		return verdictButtonLabels[verdict];
	}
	return describeCorrectAnswer(question);
}

/**
 * The right answer as lines: a matching question's pairs, an ordering's items and a multiple
 * choice's right choices (in `layout`'s order, the screen's) one a line, to be read as a list
 * (joined with semicolons they ran on as one sentence); any other answer whole.
 *
 * @example
 * rightAnswerLines(matching) // ['Dallas: Texas', 'Oakland: California', …]
 * rightAnswerLines(trueFalse) // ['False']
 */
export function rightAnswerLines(
	question: Question,
	verdict?: Verdict,
	layout?: readonly string[]
): string[] {
	if (question.type === 'multi' && question.answers.length > 1) {
		// in the order the choices were on screen, where the learner looks for them
		const shown = (id: string) =>
			layout?.indexOf(id) ?? question.options.findIndex((o) => o.id === id);
		return [...question.answers]
			.sort((a, b) => shown(a) - shown(b))
			.map((id) => question.options.find((o) => o.id === id)?.text ?? id);
	}
	return question.type === 'matching' || question.type === 'ordering'
		? answerLines(question)
		: [rightAnswerText(question, verdict)];
}

/**
 * The episode claims an answer repeats: those of every wrong option chosen, or of a false
 * statement judged true. Right answers repeat none.
 *
 * @example
 * repeatedClaims(single, { type: 'single', choice: 'b' }) // ['C07']
 * repeatedClaims(multi, { type: 'multi', choices: ['a', 'c', 'd'] }) // ['C08', 'C09']
 */
export function repeatedClaims(question: Question, response: Response): string[] {
	let claims: (string | undefined)[] = [];
	if (
		question.type === 'single' &&
		response.type === 'single' &&
		response.choice !== question.answer
	) {
		claims = [question.options.find((o) => o.id === response.choice)?.misconception];
	} else if (question.type === 'multi' && response.type === 'multi') {
		claims = question.options
			.filter((o) => response.choices.includes(o.id) && !question.answers.includes(o.id))
			.map((o) => o.misconception);
	} else if (
		question.type === 'true-false' &&
		response.type === 'true-false' &&
		response.value !== question.answer
	) {
		claims = [question.misconception];
	}
	return [...new Set(claims.filter((c): c is string => c !== undefined))];
}

/**
 * A question in one line, for the results page: its prompt, a cloze with blanks, a fact-check's
 * quote.
 *
 * @example
 * questionSummary(cloze) // '36 plus 59 is ___, found by a ___.'
 * questionSummary(factCheck, 'It adds like a person') // 'Fact-check: “It adds like a person”'
 */
export function questionSummary(question: Question, claimQuote?: string): string {
	switch (question.type) {
		case 'cloze':
			return question.text.replace(/\{\{\d+\}\}/g, '___');
		case 'fact-check':
			return `Fact-check: “${claimQuote ?? question.claim}”`;
		default:
			return question.prompt;
	}
}
