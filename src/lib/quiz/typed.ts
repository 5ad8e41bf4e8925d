import { editDistance } from './distance';
import { answerWords, isNumberWord } from './normalize';

/** how a typed answer fared against the accepted answers */
export interface TypedAnswerGrade {
	correct: boolean;
	/** the accepted answer it matched, as written in the bank */
	matched?: string;
	/** matched only thanks to the one-typo allowance, so feedback can show the spelling */
	typo?: boolean;
}

/** shorter words are too easily a different word with one letter changed ("plan", "plant") */
const typoMinLength = 5;

/**
 * Grades a typed answer tolerantly against a list of accepted answers. Case, accents,
 * punctuation, spacing, one leading article ("a", "an", "the") and number words ("ninety-five"
 * for "95") never matter; one typo (an inserted, missing, wrong or swapped letter) is forgiven in
 * one word of five letters or more. Numbers must match exactly. An exact match with any accepted
 * answer wins over a match with a typo.
 *
 * @example
 * gradeTypedAnswer('the  Cross-Layer transcoder', ['cross-layer transcoder']) // { correct: true, matched: 'cross-layer transcoder' }
 * gradeTypedAnswer('ninety five', ['95']) // { correct: true, matched: '95' }
 * gradeTypedAnswer('transcodr', ['transcoder']) // { correct: true, matched: 'transcoder', typo: true }
 * gradeTypedAnswer('96', ['95']) // { correct: false }
 */
export function gradeTypedAnswer(input: string, accepted: readonly string[]): TypedAnswerGrade {
	const typed = answerWords(input);
	if (typed.length === 0) return { correct: false };
	const candidates = accepted.map((answer) => ({ answer, words: answerWords(answer) }));
	const exact = candidates.find(({ words }) => sameWords(typed, words));
	if (exact) return { correct: true, matched: exact.answer };
	const nearly = candidates.find(({ words }) => oneTypoApart(typed, words));
	if (nearly) return { correct: true, matched: nearly.answer, typo: true };
	return { correct: false };
}

function sameWords(typed: readonly string[], expected: readonly string[]): boolean {
	if (expected.length === 0) return false;
	if (typed.join(' ') === expected.join(' ')) return true;
	// "crosslayer" for "cross-layer", "look up" for "lookup"; never with numbers: "9 5" is not "95"
	return (
		!typed.some(isNumberWord) &&
		!expected.some(isNumberWord) &&
		typed.join('') === expected.join('')
	);
}

function oneTypoApart(typed: readonly string[], expected: readonly string[]): boolean {
	if (typed.length !== expected.length) return false;
	const differing = expected.flatMap((word, i) => (word === typed[i] ? [] : [i]));
	if (differing.length !== 1) return false;
	const i = differing[0] as number;
	const want = expected[i] as string;
	const got = typed[i] as string;
	return (
		!isNumberWord(want) &&
		!isNumberWord(got) &&
		[...want].length >= typoMinLength &&
		editDistance(got, want) === 1
	);
}
