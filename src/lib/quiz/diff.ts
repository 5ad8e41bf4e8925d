import { foldText, numbersToDigits, wordsOf } from './normalize';

/** a piece of the comparison: in both, only in the accepted answer, or only in what was typed */
export interface DiffSegment {
	kind: 'same' | 'missing' | 'extra';
	text: string;
}

type Kind = DiffSegment['kind'];

interface Unit {
	kind: Kind;
	text: string;
	/** which answers this unit begins a word in; null inside a word */
	startsWord: { typed: boolean; expected: boolean } | null;
}

/**
 * Compares what was typed with an accepted answer, word by word, for the feedback panel. Words
 * that differ only in case, accents or punctuation count as the same and show the accepted
 * spelling; a mistyped word is compared letter by letter. Spaces are placed so that the `same`
 * and `extra` texts joined give the typed words, and the `same` and `missing` texts joined give
 * the accepted answer.
 *
 * @example
 * answerDiff('the cat sat', 'the dog sat')
 * // [{ kind: 'same', text: 'the ' }, { kind: 'extra', text: 'cat' }, { kind: 'missing', text: 'dog' }, { kind: 'same', text: ' sat' }]
 * answerDiff('transcodr', 'transcoder')
 * // [{ kind: 'same', text: 'transcod' }, { kind: 'missing', text: 'e' }, { kind: 'same', text: 'r' }]
 */
export function answerDiff(typed: string, expected: string): DiffSegment[] {
	const typedWords = splitWords(typed);
	const expectedWords = splitWords(expected);
	const steps = align(typedWords.map(wordKey), expectedWords.map(wordKey));
	const units: Unit[] = [];
	let i = 0;
	let j = 0;
	let extras: string[] = [];
	let missing: string[] = [];
	const flush = () => {
		units.push(...changedWords(extras, missing));
		extras = [];
		missing = [];
	};
	for (const step of steps) {
		if (step === 'same') {
			flush();
			units.push(wordUnit('same', expectedWords[j] as string));
			i++;
			j++;
		} else if (step === 'extra') extras.push(typedWords[i++] as string);
		else missing.push(expectedWords[j++] as string);
	}
	flush();
	return merge(space(units));
}

function splitWords(text: string): string[] {
	return text.split(/\s+/).filter((word) => word.length > 0);
}

/** what two words must share to count as the same word */
function wordKey(word: string): string {
	const key = numbersToDigits(wordsOf(word)).join(' ');
	return key === '' ? foldText(word) : key;
}

function wordUnit(kind: Kind, text: string): Unit {
	return {
		kind,
		text,
		startsWord: { typed: kind !== 'missing', expected: kind !== 'extra' }
	};
}

/** a typed word standing where a similar accepted word should be reads best letter by letter */
function changedWords(extras: string[], missing: string[]): Unit[] {
	const [typedWord] = extras;
	const [expectedWord] = missing;
	if (extras.length === 1 && missing.length === 1 && typedWord && expectedWord) {
		const letters = letterUnits(typedWord, expectedWord);
		if (letters) return letters;
	}
	return [
		...extras.map((word) => wordUnit('extra', word)),
		...missing.map((word) => wordUnit('missing', word))
	];
}

function letterUnits(typedWord: string, expectedWord: string): Unit[] | undefined {
	const typedLetters = [...typedWord];
	const expectedLetters = [...expectedWord];
	const steps = align(typedLetters.map(foldText), expectedLetters.map(foldText));
	const shared = steps.filter((step) => step === 'same').length;
	// below half the letters in common, a letter diff is noise: show the two words instead
	if (shared * 2 < Math.max(typedLetters.length, expectedLetters.length)) return undefined;
	const pieces: { kind: Kind; text: string }[] = [];
	let i = 0;
	let j = 0;
	let extras = '';
	let missing = '';
	const flush = () => {
		if (extras) pieces.push({ kind: 'extra', text: extras });
		if (missing) pieces.push({ kind: 'missing', text: missing });
		extras = '';
		missing = '';
	};
	for (const step of steps) {
		if (step === 'same') {
			flush();
			pieces.push({ kind: 'same', text: expectedLetters[j] as string });
			i++;
			j++;
		} else if (step === 'extra') extras += typedLetters[i++] as string;
		else missing += expectedLetters[j++] as string;
	}
	flush();
	return pieces.map((piece, k) => ({
		...piece,
		startsWord: k === 0 ? { typed: true, expected: true } : null
	}));
}

/**
 * The steps of a longest common subsequence alignment: `same` consumes one of each, `extra` one
 * typed, `missing` one expected. Where a change could go either way, typed comes first.
 */
function align(typed: readonly string[], expected: readonly string[]): Kind[] {
	const n = typed.length;
	const m = expected.length;
	// lengths[i][j]: the longest common subsequence of typed[i..] and expected[j..]
	const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	const at = (i: number, j: number) => (lengths[i] as number[])[j] as number;
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			(lengths[i] as number[])[j] =
				typed[i] === expected[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
		}
	}
	const steps: Kind[] = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && typed[i] === expected[j]) {
			steps.push('same');
			i++;
			j++;
		} else if (i < n && (j === m || at(i + 1, j) >= at(i, j + 1))) {
			steps.push('extra');
			i++;
		} else {
			steps.push('missing');
			j++;
		}
	}
	return steps;
}

/**
 * Puts one space between neighbouring words of each answer. A space both answers need goes in a
 * `same` segment, so a changed word is never marked together with the space before it.
 */
function space(units: readonly Unit[]): DiffSegment[] {
	const segments: DiffSegment[] = [];
	let typedOwed = false;
	let expectedOwed = false;
	units.forEach((unit, k) => {
		const starts = unit.startsWord;
		if (starts) {
			const later = units.slice(k + 1);
			const typedLater = later.some((u) => u.startsWord?.typed);
			const expectedLater = later.some((u) => u.startsWord?.expected);
			const typedNow = typedOwed && starts.typed;
			const expectedNow = expectedOwed && starts.expected;
			// a space owed to an answer whose next word comes later can be shared now
			const typedSpace = typedNow || (expectedNow && typedOwed && typedLater);
			const expectedSpace = expectedNow || (typedNow && expectedOwed && expectedLater);
			if (typedSpace || expectedSpace) {
				const kind = typedSpace && expectedSpace ? 'same' : typedSpace ? 'extra' : 'missing';
				segments.push({ kind, text: ' ' });
			}
			if (typedSpace) typedOwed = false;
			if (expectedSpace) expectedOwed = false;
			typedOwed ||= starts.typed;
			expectedOwed ||= starts.expected;
		}
		segments.push({ kind: unit.kind, text: unit.text });
	});
	return segments;
}

function merge(segments: readonly DiffSegment[]): DiffSegment[] {
	const merged: DiffSegment[] = [];
	for (const segment of segments) {
		const last = merged.at(-1);
		if (last && last.kind === segment.kind) last.text += segment.text;
		else merged.push({ ...segment });
	}
	return merged;
}
