import type { Question, Verdict } from '../content/schema';

/** the four fact-check answers, in the order the quiz offers them */
export const verdictOrder: readonly Verdict[] = [
	'SUPPORTED',
	'DISTORTED',
	'NOT-IN-PAPER',
	'OPINION'
];

/** how a verdict reads to a learner */
export const verdictLabels: Readonly<Record<Verdict, string>> = {
	SUPPORTED: 'Supported by the paper',
	DISTORTED: 'Distorted: the paper says something different',
	'NOT-IN-PAPER': 'Not in the paper',
	OPINION: "The hosts' opinion"
};

/**
 * The right answer in plain text, for the feedback panel and for screen readers. Throws for a
 * fact-check without its claim's verdict, which is the answer.
 *
 * @example
 * describeCorrectAnswer(trueFalseQuestion) // 'False'
 * describeCorrectAnswer(orderingQuestion) // '1. Dallas; 2. Texas; 3. Austin'
 * describeCorrectAnswer(factCheck, 'OPINION') // "The hosts' opinion"
 */
export function describeCorrectAnswer(question: Question, verdict?: Verdict): string {
	switch (question.type) {
		case 'single':
			return optionText(question.options, question.answer);
		case 'multi':
			return question.answers.map((id) => optionText(question.options, id)).join('; ');
		case 'true-false':
			return question.answer ? 'True' : 'False';
		case 'typed':
			return question.accepted[0] ?? '';
		case 'cloze':
			// gaps are numbered from 1; a number without a gap is left as written
			return question.text.replace(
				/\{\{(\d+)\}\}/g,
				(gap, n: string) => question.gaps[Number(n) - 1]?.[0] ?? gap
			);
		case 'ordering':
		case 'matching':
			return answerLines(question).join('; ');
		case 'fact-check':
			if (!verdict) {
				throw new Error(`fact-check ${question.id} needs the verdict of claim ${question.claim}`);
			}
			return verdictLabels[verdict];
	}
}

/**
 * The right answer of a question of parts, a part a line: an ordering's items in order, a
 * matching question's pairs. The feedback lists them; `describeCorrectAnswer` joins them.
 *
 * @example
 * answerLines(orderingQuestion) // ['1. Dallas', '2. Texas', '3. Austin']
 */
export function answerLines(
	question: Extract<Question, { type: 'ordering' | 'matching' }>
): string[] {
	return question.type === 'ordering'
		? question.items.map((item, i) => `${i + 1}. ${item.text}`)
		: question.pairs.map((pair) => `${pair.left}: ${pair.right}`);
}

function optionText(options: readonly { id: string; text: string }[], id: string): string {
	return options.find((o) => o.id === id)?.text ?? id;
}
