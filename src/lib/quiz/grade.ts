import type { Question, Verdict } from '../content/schema';
import type { Response } from '../model/schema';
import { answerDiff, type DiffSegment } from './diff';
import { longestInOrder } from './in-order';
import { gradeTypedAnswer } from './typed';

/** what grading needs beyond the question: a fact-check's answer is its claim's verdict */
export interface GradeContext {
	verdict?: Verdict;
}

interface GradeBase {
	correct: boolean;
	/** the episode claim (e.g. "C07") the wrong answer repeats */
	misconception?: string;
}

export interface SingleGrade extends GradeBase {
	type: 'single';
	chosen: string;
	answer: string;
}

export interface MultiGrade extends GradeBase {
	type: 'multi';
	/** option ids, in the question's option order */
	chosen: string[];
	answers: string[];
	/** chosen but wrong, in option order; ids the question does not have come last */
	wrongChoices: string[];
	/** right but not chosen, in the order of the question's answers */
	missedChoices: string[];
}

export interface TrueFalseGrade extends GradeBase {
	type: 'true-false';
	chosen: boolean;
	answer: boolean;
}

export interface TypedGrade extends GradeBase {
	type: 'typed';
	text: string;
	/** the answer shown as right: the question's first accepted answer */
	expected: string;
	/** the accepted answer the text matched */
	matched?: string;
	/** right, but with one typo forgiven */
	typo?: boolean;
	/** what was typed against `expected`, when wrong */
	diff?: DiffSegment[];
}

export interface GapGrade {
	correct: boolean;
	text: string;
	/** the gap's first accepted answer */
	expected: string;
	matched?: string;
	typo?: boolean;
}

export interface ClozeGrade extends GradeBase {
	type: 'cloze';
	/** one per gap, in gap order */
	gaps: GapGrade[];
}

export interface PositionGrade {
	correct: boolean;
	/**
	 * the item placed here is one of a longest run of items in the right order among themselves:
	 * the items outside it are the ones to move
	 */
	inOrder: boolean;
	/** the item that belongs here */
	expected: string;
	/** the item the learner put here, if any */
	placed?: string;
}

export interface OrderingGrade extends GradeBase {
	type: 'ordering';
	/** one per item, in the right order */
	positions: PositionGrade[];
}

export interface PairGrade {
	correct: boolean;
	/** the pair id of the left side */
	left: string;
	/** the pair id of the right side the learner matched with it, if any */
	chosen?: string;
}

export interface MatchingGrade extends GradeBase {
	type: 'matching';
	/** one per pair, in the question's pair order */
	pairs: PairGrade[];
}

export interface FactCheckGrade extends GradeBase {
	type: 'fact-check';
	chosen: Verdict;
	verdict: Verdict;
}

/** "I don't know": no answer was given, so nothing of it is graded; it counts as a miss */
export interface SkipGrade extends GradeBase {
	type: 'skip';
	correct: false;
}

export type Grade =
	| SkipGrade
	| SingleGrade
	| MultiGrade
	| TrueFalseGrade
	| TypedGrade
	| ClozeGrade
	| OrderingGrade
	| MatchingGrade
	| FactCheckGrade;

type ResponseOf<T extends Response['type']> = Extract<Response, { type: T }>;

/**
 * How much of a wrong answer of parts was right: "3 of 4 pairs right". It is still a miss, as in
 * Anki, but the learner who matched three pairs is told so. Undefined for a right answer, one
 * with no part right, and questions that are not of parts.
 *
 * @example
 * partlyRight(matchingGrade) // '3 of 4 pairs right'
 * partlyRight(multiGrade) // '2 of 3 right choices, 1 wrong'
 */
export function partlyRight(grade: Grade): string | undefined {
	if (grade.correct) return undefined;
	if (grade.type === 'multi') {
		// a right choice ticked is a part right; a wrong one ticked is said too, as it cost the mark
		const ticked = grade.answers.length - grade.missedChoices.length;
		const wrong = grade.wrongChoices.length;
		if (ticked === 0) return undefined;
		const all = grade.answers.length;
		return `${ticked} of ${all} right choice${all === 1 ? '' : 's'}${wrong > 0 ? `, ${wrong} wrong` : ''}`;
	}
	if (grade.type === 'ordering') {
		const all = grade.positions.length;
		const inPlace = grade.positions.filter((p) => p.correct).length;
		const inOrder = grade.positions.filter((p) => p.inOrder).length;
		// one item moved shifts the rest off their places but not out of order: say what to move, as
		// the marks do (an item in its place outside the run is marked in place, not out of order)
		if (inOrder >= 2 && inOrder > inPlace) {
			const placedApart = grade.positions.filter((p) => p.correct && !p.inOrder).length;
			const out = grade.positions.filter((p) => !p.correct && !p.inOrder).length;
			return `${inOrder} of ${all} in the right order${placedApart > 0 ? `, ${placedApart} more in place` : ''}, ${out} out of order`;
		}
		return inPlace > 0 ? `${inPlace} of ${all} in place` : undefined;
	}
	const [right, all, what] =
		grade.type === 'matching'
			? [grade.pairs.filter((p) => p.correct).length, grade.pairs.length, 'pairs right']
			: grade.type === 'cloze'
				? [grade.gaps.filter((g) => g.correct).length, grade.gaps.length, 'gaps right']
				: [0, 0, ''];
	return right > 0 ? `${right} of ${all} ${what}` : undefined;
}

/**
 * Grades one response to one question. "I don't know" (a `skip` response) is a miss, whatever
 * the question. Throws when the response is for another question type, or when a fact-check is
 * graded without its claim's verdict: both are bugs in the caller, and a quiet "wrong" would
 * blame the learner.
 *
 * @example
 * gradeResponse(singleQuestion, { type: 'single', choice: 'b' }, {})
 * // { type: 'single', correct: false, chosen: 'b', answer: 'a', misconception: 'C07' }
 * gradeResponse(factCheck, { type: 'fact-check', verdict: 'DISTORTED' }, { verdict: 'DISTORTED' })
 * // { type: 'fact-check', correct: true, chosen: 'DISTORTED', verdict: 'DISTORTED' }
 */
export function gradeResponse(
	question: Question,
	response: Response,
	context: GradeContext = {}
): Grade {
	if (response.type === 'skip') return { type: 'skip', correct: false };
	if (response.type !== question.type) {
		throw new Error(
			`a ${response.type} response cannot answer ${question.type} question ${question.id}`
		);
	}
	switch (question.type) {
		case 'single': {
			const { choice } = response as ResponseOf<'single'>;
			const correct = choice === question.answer;
			const option = question.options.find((o) => o.id === choice);
			return withMisconception(
				{ type: 'single', correct, chosen: choice, answer: question.answer },
				correct ? undefined : option?.misconception
			);
		}
		case 'multi': {
			const chosen = new Set((response as ResponseOf<'multi'>).choices);
			const answers = new Set(question.answers);
			const optionIds = question.options.map((o) => o.id);
			const unknown = [...chosen].filter((id) => !optionIds.includes(id));
			const wrongChoices = [
				...optionIds.filter((id) => chosen.has(id) && !answers.has(id)),
				...unknown
			];
			const missedChoices = question.answers.filter((id) => !chosen.has(id));
			const misconception = question.options.find(
				(o) => o.misconception && wrongChoices.includes(o.id)
			)?.misconception;
			return withMisconception(
				{
					type: 'multi',
					correct: wrongChoices.length === 0 && missedChoices.length === 0,
					chosen: [...optionIds.filter((id) => chosen.has(id)), ...unknown],
					answers: question.answers,
					wrongChoices,
					missedChoices
				},
				misconception
			);
		}
		case 'true-false': {
			const { value } = response as ResponseOf<'true-false'>;
			const correct = value === question.answer;
			return withMisconception(
				{ type: 'true-false', correct, chosen: value, answer: question.answer },
				correct ? undefined : question.misconception
			);
		}
		case 'typed': {
			const { text } = response as ResponseOf<'typed'>;
			const expected = question.accepted[0] ?? '';
			const result = gradeTypedAnswer(text, question.accepted);
			return {
				type: 'typed',
				text,
				expected,
				...result,
				...(result.correct ? {} : { diff: answerDiff(text, expected) })
			};
		}
		case 'cloze': {
			const { texts } = response as ResponseOf<'cloze'>;
			const gaps = question.gaps.map((accepted, i): GapGrade => {
				const text = texts[i] ?? '';
				return { text, expected: accepted[0] ?? '', ...gradeTypedAnswer(text, accepted) };
			});
			return { type: 'cloze', correct: gaps.every((g) => g.correct), gaps };
		}
		case 'ordering': {
			const { order } = response as ResponseOf<'ordering'>;
			const rightPlace = new Map(question.items.map(({ id }, i) => [id, i]));
			const kept = longestInOrder(
				question.items.map((_, i) => rightPlace.get(order[i] ?? '') ?? -1)
			);
			const positions = question.items.map(({ id }, i): PositionGrade => {
				const placed = order[i];
				const where = placed === undefined ? {} : { placed };
				return { correct: placed === id, inOrder: kept[i] ?? false, expected: id, ...where };
			});
			const correct = order.length === question.items.length && positions.every((p) => p.correct);
			return { type: 'ordering', correct, positions };
		}
		case 'matching': {
			const { matches } = response as ResponseOf<'matching'>;
			const pairs = question.pairs.map(({ id }): PairGrade => {
				const chosen = matches.find((m) => m.left === id)?.right;
				return { correct: chosen === id, left: id, ...(chosen === undefined ? {} : { chosen }) };
			});
			// a left matched twice, or one the question lacks, is not a clean answer
			const correct = matches.length === question.pairs.length && pairs.every((p) => p.correct);
			return { type: 'matching', correct, pairs };
		}
		case 'fact-check': {
			const { verdict: chosen } = response as ResponseOf<'fact-check'>;
			const { verdict } = context;
			if (!verdict) {
				throw new Error(`fact-check ${question.id} needs the verdict of claim ${question.claim}`);
			}
			return { type: 'fact-check', correct: chosen === verdict, chosen, verdict };
		}
	}
}

function withMisconception<G extends Grade>(grade: G, misconception: string | undefined): G {
	return misconception ? { ...grade, misconception } : grade;
}
