import { describe, expect, it } from 'vitest';
import { answerWords, foldText, isNumberWord, numbersToDigits, wordsOf } from './normalize';

describe('foldText', () => {
	it('lowercases and strips accents', () => {
		expect(foldText('Écoute ÇA naïve Ångström')).toBe('ecoute ca naive angstrom');
	});

	it('spells letters that NFKD keeps whole', () => {
		expect(foldText('Straße Æther Øre')).toBe('strasse aether ore');
	});
});

describe('wordsOf', () => {
	it('splits on spaces and punctuation and drops apostrophes', () => {
		expect(wordsOf("  The model's   cross-layer\ttranscoder!? ")).toEqual([
			'the',
			'models',
			'cross',
			'layer',
			'transcoder'
		]);
	});

	it('treats curly apostrophes like straight ones', () => {
		expect(wordsOf('Claude’s plan')).toEqual(wordsOf("Claude's plan"));
	});

	it('keeps thousands separators and decimals inside numbers', () => {
		expect(wordsOf('1,000 and 3.5 and 12,34')).toEqual(['1000', 'and', '3.5', 'and', '12', '34']);
	});

	it('writes numbers one way', () => {
		expect(wordsOf('095 95.0 95.50 0')).toEqual(['95', '95', '95.5', '0']);
	});

	it('reads % and "per cent" as percent', () => {
		expect(wordsOf('95%')).toEqual(['95', 'percent']);
		expect(wordsOf('95 per cent')).toEqual(['95', 'percent']);
	});

	it('reads & as and and + as plus', () => {
		expect(wordsOf('rhyme&meter')).toEqual(['rhyme', 'and', 'meter']);
		expect(wordsOf('36+59')).toEqual(['36', 'plus', '59']);
	});

	it('gives nothing for punctuation alone', () => {
		expect(wordsOf(' ... !? ')).toEqual([]);
	});
});

describe('numbersToDigits', () => {
	it.each([
		['zero', '0'],
		['two', '2'],
		['eleven', '11'],
		['nineteen', '19'],
		['twenty', '20'],
		['forty', '40'],
		['ninety five', '95'],
		['hundred', '100'],
		['a hundred', '100'],
		['one hundred', '100'],
		['one hundred five', '105'],
		['two hundred and five', '205'],
		['three hundred forty two', '342'],
		['nine hundred ninety nine', '999'],
		['a thousand', '1000'],
		['two thousand and twenty five', '2025'],
		['one million two thousand three', '1002003']
	])('reads "%s" as %s', (words, digits) => {
		expect(numbersToDigits(words.split(' '))).toEqual([digits]);
	});

	it('keeps neighbouring numbers apart', () => {
		expect(numbersToDigits(['two', 'three'])).toEqual(['2', '3']);
		expect(numbersToDigits(['twenty', 'thirty'])).toEqual(['20', '30']);
		expect(numbersToDigits(['nineteen', 'ninety', 'five'])).toEqual(['19', '95']);
	});

	it('leaves other words and a dangling "and" alone', () => {
		expect(numbersToDigits(['add', 'two', 'and', 'three', 'apples'])).toEqual([
			'add',
			'2',
			'and',
			'3',
			'apples'
		]);
		expect(numbersToDigits(['a', 'hundred', 'and', 'more'])).toEqual(['100', 'and', 'more']);
		expect(numbersToDigits(['a', 'plan'])).toEqual(['a', 'plan']);
	});
});

describe('answerWords', () => {
	it('drops one leading article', () => {
		expect(answerWords('The lookup table')).toEqual(['lookup', 'table']);
		expect(answerWords('an error node')).toEqual(['error', 'node']);
		expect(answerWords('a feature')).toEqual(['feature']);
	});

	it('keeps articles that are not leading, or that are the whole answer', () => {
		expect(answerWords('lookup the table')).toEqual(['lookup', 'the', 'table']);
		expect(answerWords('the')).toEqual(['the']);
	});

	it('turns hyphenated number words into digits', () => {
		expect(answerWords('Ninety-five')).toEqual(['95']);
		expect(answerWords('thirty-six plus fifty-nine')).toEqual(['36', 'plus', '59']);
	});
});

describe('isNumberWord', () => {
	it('tells digits from words', () => {
		expect(isNumberWord('95')).toBe(true);
		expect(isNumberWord('3.5')).toBe(true);
		expect(isNumberWord('ninety')).toBe(false);
	});
});

describe('the documented examples', () => {
	it('hold', () => {
		expect(foldText('Café Straße')).toBe('cafe strasse');
		expect(wordsOf("The model's cross-layer transcoder, 1,000 times!")).toEqual([
			'the',
			'models',
			'cross',
			'layer',
			'transcoder',
			'1000',
			'times'
		]);
		expect(numbersToDigits(['ninety', 'five', 'percent'])).toEqual(['95', 'percent']);
		expect(answerWords('The Ninety-Five  thésès.')).toEqual(['95', 'theses']);
	});
});
