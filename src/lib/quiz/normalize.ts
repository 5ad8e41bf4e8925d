// Turns a typed answer into comparable words. Everything a learner should not be marked down for
// (case, accents, punctuation, spacing, a leading article, "two" for "2") is erased here, so the
// grader only has to compare word lists.

const articles = new Set(['a', 'an', 'the']);

const smallNumbers: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};

const tens: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

const scales: Record<string, number> = { thousand: 1_000, million: 1_000_000 };

// letters NFKD leaves whole, spelled the way an English keyboard would type them
const foldedLetters: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

const own = (record: Record<string, number>, word: string | undefined): number | undefined =>
	word !== undefined && Object.hasOwn(record, word) ? record[word] : undefined;

/**
 * Lowercases a text and strips accents and the letters NFKD keeps whole, so "Écoute" and "ecoute"
 * compare equal.
 *
 * @example
 * foldText('Café Straße') // 'cafe strasse'
 */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ßæœøłđðþı]/g, (letter) => foldedLetters[letter] ?? letter);
}

/**
 * Splits a text into lowercase words without accents or punctuation. Apostrophes vanish
 * ("model's" is "models"), other punctuation separates words ("cross-layer" is two words),
 * thousands separators and decimal points stay inside numbers, and "%", "&" and "+" read as
 * "percent", "and" and "plus".
 *
 * @example
 * wordsOf("The model's cross-layer transcoder, 1,000 times!") // ['the', 'models', 'cross', 'layer', 'transcoder', '1000', 'times']
 */
export function wordsOf(text: string): string[] {
	const folded = foldText(text)
		.replace(/['’‘`ʼ]/g, '')
		.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
		.replace(/%/g, ' percent ')
		.replace(/&/g, ' and ')
		.replace(/\+/g, ' plus ');
	const words = folded.match(/\p{L}+|[0-9]+(?:\.[0-9]+)?/gu) ?? [];
	return mergePerCent(words.map((word) => (/^[0-9]/.test(word) ? canonicalNumber(word) : word)));
}

/** "095" and "95.0" are the same number as "95" */
function canonicalNumber(digits: string): string {
	const [whole = '', fraction = ''] = digits.split('.');
	const integer = whole.replace(/^0+(?=\d)/, '');
	const decimals = fraction.replace(/0+$/, '');
	return decimals ? `${integer}.${decimals}` : integer;
}

function mergePerCent(words: string[]): string[] {
	const merged: string[] = [];
	for (let i = 0; i < words.length; i++) {
		if (words[i] === 'per' && words[i + 1] === 'cent') {
			merged.push('percent');
			i++;
		} else merged.push(words[i] as string);
	}
	return merged;
}

/**
 * Replaces every run of English number words with its digits: "ninety five" is "95", "two
 * hundred and five" is "205", "a hundred" is "100". Two numbers in a row stay
 * two numbers: "two three" is "2 3", never "5".
 *
 * @example
 * numbersToDigits(['ninety', 'five', 'percent']) // ['95', 'percent']
 */
export function numbersToDigits(words: readonly string[]): string[] {
	const result: string[] = [];
	let i = 0;
	while (i < words.length) {
		// "a hundred", "a thousand": the article stands for "one" and goes with the number
		const next = words[i + 1];
		const article = words[i] === 'a' && (next === 'hundred' || own(scales, next) !== undefined);
		const number = readNumber(words, article ? i + 1 : i);
		if (number) {
			result.push(String(number.value));
			i = number.end;
		} else {
			result.push(words[i] as string);
			i++;
		}
	}
	return result;
}

interface Reading {
	value: number;
	/** index of the first word after the number */
	end: number;
}

/** a whole number: groups below a thousand joined by falling scales, as in "two million and six" */
function readNumber(words: readonly string[], start: number): Reading | undefined {
	let total = 0;
	let at = start;
	let lastScale = Infinity;
	let found = false;
	for (;;) {
		const group = readGroup(words, at);
		const afterGroup = group ? group.end : at;
		const scale = own(scales, words[afterGroup]);
		if (scale !== undefined && scale < lastScale && (group === undefined || group.value > 0)) {
			total += (group ? group.value : 1) * scale;
			at = afterGroup + 1;
			lastScale = scale;
			found = true;
			if (words[at] === 'and' && startsGroup(words[at + 1])) at++;
			continue;
		}
		if (group) {
			total += group.value;
			at = group.end;
			found = true;
		}
		break;
	}
	return found ? { value: total, end: at } : undefined;
}

function startsGroup(word: string | undefined): boolean {
	return (
		word === 'hundred' || own(smallNumbers, word) !== undefined || own(tens, word) !== undefined
	);
}

/** a number below a thousand: "[unit] hundred [and] [tens [unit] | unit | teen]" */
function readGroup(words: readonly string[], start: number): Reading | undefined {
	let at = start;
	let value = 0;
	let found = false;
	const first = own(smallNumbers, words[at]);
	if (first !== undefined && first > 0 && first < 10 && words[at + 1] === 'hundred') {
		value = first * 100;
		at += 2;
		found = true;
	} else if (words[at] === 'hundred') {
		value = 100;
		at += 1;
		found = true;
	}
	if (found && words[at] === 'and' && startsBelowHundred(words[at + 1])) at++;
	const ten = own(tens, words[at]);
	const small = own(smallNumbers, words[at]);
	if (ten !== undefined) {
		value += ten;
		at++;
		found = true;
		const unit = own(smallNumbers, words[at]);
		if (unit !== undefined && unit > 0 && unit < 10) {
			value += unit;
			at++;
		}
	} else if (small !== undefined && !(found && small === 0)) {
		value += small;
		at++;
		found = true;
	}
	return found ? { value, end: at } : undefined;
}

function startsBelowHundred(word: string | undefined): boolean {
	const small = own(smallNumbers, word);
	return own(tens, word) !== undefined || (small !== undefined && small > 0);
}

/**
 * The words a typed answer is compared by: folded, without punctuation, without one leading
 * article, with number words as digits.
 *
 * @example
 * answerWords('The Ninety-Five  thésès.') // ['95', 'theses']
 */
export function answerWords(text: string): string[] {
	const words = wordsOf(text);
	const first = words[0];
	const leadingArticle = words.length > 1 && first !== undefined && articles.has(first);
	const body = leadingArticle ? words.slice(1) : words;
	return numbersToDigits(body);
}

/**
 * Whether a word produced by {@link answerWords} is a number, which must match exactly.
 *
 * @example
 * isNumberWord('95') // true
 */
export function isNumberWord(word: string): boolean {
	return /^[0-9]/.test(word);
}
