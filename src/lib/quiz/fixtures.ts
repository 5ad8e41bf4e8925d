// Questions for the engine's tests, one of each type; fixtures.spec.ts proves them valid content.
import type {
	ClozeQuestion,
	FactCheckQuestion,
	MatchingQuestion,
	MultiSelectQuestion,
	OrderingQuestion,
	Question,
	SingleChoiceQuestion,
	TrueFalseQuestion,
	TypedQuestion
} from '../content/schema';

const base = {
	difficulty: 'recall' as const,
	depth: 1 as const,
	answerableFrom: 'episode' as const,
	explanation: 'An explanation long enough for the schema, saying why the right answer is right.',
	sources: {
		paper: ['6'],
		evidence: [{ section: '6', text: 'the model adds numbers along two parallel pathways here' }],
		transcript: { section: 'key-concepts-1' as const, text: 'adds numbers along two paths' }
	}
};

export const single: SingleChoiceQuestion = {
	...base,
	id: 'addition-paths',
	topic: 'shared-addition',
	type: 'single',
	prompt: 'How does the model add 36 and 59?',
	options: [
		{ id: 'a', text: 'Along parallel pathways' },
		{ id: 'b', text: 'By carrying digits like a person', misconception: 'C07' },
		{ id: 'c', text: 'By recalling the sum' }
	],
	answer: 'a'
};

export const multi: MultiSelectQuestion = {
	...base,
	id: 'addition-parts',
	topic: 'shared-addition',
	type: 'multi',
	prompt: 'Which pathways take part in the addition?',
	options: [
		{ id: 'a', text: 'A rough magnitude pathway' },
		{ id: 'b', text: 'A last-digit lookup table' },
		{ id: 'c', text: 'A written carry procedure', misconception: 'C08' },
		{ id: 'd', text: 'A calculator tool call', misconception: 'C09' }
	],
	answers: ['a', 'b']
};

export const trueFalse: TrueFalseQuestion = {
	...base,
	id: 'addition-insight',
	topic: 'shared-addition',
	type: 'true-false',
	prompt: 'The model can accurately describe how it adds.',
	answer: false,
	misconception: 'C10'
};

export const typed: TypedQuestion = {
	...base,
	id: 'addition-table',
	topic: 'shared-addition',
	type: 'typed',
	prompt: 'What computes the last digit of the sum?',
	accepted: ['lookup table', 'a table of last digits']
};

export const cloze: ClozeQuestion = {
	...base,
	id: 'addition-cloze',
	topic: 'shared-addition',
	type: 'cloze',
	text: '36 plus 59 is {{1}}, found by a {{2}}.',
	gaps: [['95', 'ninety-five'], ['lookup table']]
};

export const ordering: OrderingQuestion = {
	...base,
	id: 'capital-steps',
	topic: 'multi-step-reasoning',
	type: 'ordering',
	prompt: 'Put the steps of the two-hop answer in order.',
	items: [
		{ id: 'a', text: 'Dallas' },
		{ id: 'b', text: 'Texas' },
		{ id: 'c', text: 'Austin' }
	],
	sources: {
		paper: ['4'],
		evidence: [{ section: '3', text: 'the model first works out that Dallas is in Texas' }],
		transcript: { section: 'key-concepts-2', text: 'the capital of the state' }
	}
};

export const matching: MatchingQuestion = {
	...base,
	id: 'intervention-effects',
	topic: 'rhyme-planning',
	type: 'matching',
	prompt: 'Match each intervention with its effect.',
	pairs: [
		{ id: 'a', left: 'Suppress "rabbit"', right: 'The line ends with "habit"' },
		{ id: 'b', left: 'Inject "green"', right: 'The line ends with "green"' },
		{ id: 'c', left: 'No intervention', right: 'The line ends with "rabbit"' }
	],
	sources: {
		paper: ['3'],
		evidence: [
			{ section: '4.1', text: 'suppressing the rabbit feature makes the model write habit' }
		]
	}
};

export const factCheck: FactCheckQuestion = {
	...base,
	id: 'claim-c07',
	topic: 'podcast-vs-paper',
	type: 'fact-check',
	claim: 'C07'
};

export const everyType: Question[] = [
	single,
	multi,
	trueFalse,
	typed,
	cloze,
	ordering,
	matching,
	factCheck
];

/** the engine's own seeded generator, so tests shuffle the same way every run */
export { seededRandom } from './random';
