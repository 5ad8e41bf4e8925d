import { describe, expect, it } from 'vitest';
import { flashcards, questions } from './index';
import {
	encodeFragmentTerm,
	fragmentTerms,
	paperPassageUrl,
	paperSectionHref,
	paperUrl,
	quotesSection,
	toPaperPassage
} from './paper';

const words = (text: string) => text.trim().split(/\s+/);

/** the terms of a text-fragment link, as the browser reads them back */
function decodedTerms(href: string): string[] {
	const prefix = `${paperUrl}#:~:text=`;
	expect(href.startsWith(prefix)).toBe(true);
	return href.slice(prefix.length).split(',').map(decodeURIComponent);
}

describe('encodeFragmentTerm', () => {
	it('escapes the characters the text directive gives a meaning to', () => {
		expect(encodeFragmentTerm('two-digit')).toBe('two%2Ddigit');
		expect(encodeFragmentTerm('this & that')).toBe('this%20%26%20that');
		expect(encodeFragmentTerm('first, second')).toBe('first%2C%20second');
	});

	it('percent-encodes everything else that is not plain', () => {
		expect(encodeFragmentTerm('“known answer” (36+59)')).toBe(
			'%E2%80%9Cknown%20answer%E2%80%9D%20(36%2B59)'
		);
		expect(encodeFragmentTerm('Dallas #1 ?=/')).toBe('Dallas%20%231%20%3F%3D%2F');
	});

	it('leaves no character the directive would split on', () => {
		expect(encodeFragmentTerm('a-b, c&d')).not.toMatch(/[-,&\s]/);
	});
});

describe('fragmentTerms', () => {
	it('returns the whole passage when every word is plain', () => {
		expect(fragmentTerms('the model plans  its rhymes,\nwell ahead.')).toEqual([
			'the model plans its rhymes, well ahead.'
		]);
	});

	it('returns a start and an end when a word has odd characters', () => {
		expect(
			fragmentTerms('Most computation in this prompt takes place on the “=” token of the sum')
		).toEqual(['Most computation in this', 'token of the sum']);
		expect(
			fragmentTerms('we have observed that the model stores it in punctuation/delimiters')
		).toEqual(['we have observed that', 'punctuation/delimiters']);
	});

	it('starts after a lone plain word, which would match its first use on the page', () => {
		expect(
			fragmentTerms(
				'the _6 + _9 feature activates when the year before the founding of the journal ends in 9'
			)
		).toEqual(['feature activates when the', 'journal ends in 9']);
		expect(fragmentTerms('only 10/27 appear in the pruned graphs for all three prompts')).toEqual([
			'appear in the pruned',
			'for all three prompts'
		]);
	});
});

describe('paperPassageUrl', () => {
	it('links the paper with a text directive', () => {
		expect(paperPassageUrl('Planned words influence intermediate words')).toBe(
			`${paperUrl}#:~:text=Planned%20words%20influence%20intermediate%20words`
		);
	});
});

describe('paperSectionHref', () => {
	it('links a § at its anchor where the page has one, a subsection at its section’s', () => {
		expect(paperSectionHref('4')).toBe(`${paperUrl}#dives-poems`);
		expect(paperSectionHref('4.1')).toBe(`${paperUrl}#dives-poems`);
	});

	it('links the page itself where no anchor is known', () => {
		expect(paperSectionHref('14')).toBe(paperUrl);
		expect(paperSectionHref('15.3', 'https://example.org/paper.html')).toBe(
			'https://example.org/paper.html'
		);
	});
});

describe('quotesSection', () => {
	it('counts a passage of a § or of one of its subsections', () => {
		expect(quotesSection([{ section: '6.1' }], '6')).toBe(true);
		expect(quotesSection([{ section: '6' }], '6')).toBe(true);
		expect(quotesSection([{ section: '6' }], '6.1')).toBe(false);
		expect(quotesSection([{ section: '16' }], '1')).toBe(false);
		expect(quotesSection([], '1')).toBe(false);
	});
});

const evidence = [...questions, ...flashcards].flatMap((item) =>
	(item.sources.evidence ?? []).map((e) => ({ id: item.id, ...e }))
);

describe('every evidence passage of the bank', () => {
	it.each(evidence.map((e) => [e.id, e] as const))(
		'%s: its link finds the passage again when the browser decodes it',
		(_, passage) => {
			const { href, text } = toPaperPassage(passage);
			const terms = decodedTerms(href);
			const all = words(text);
			if (terms.length === 1) {
				expect(terms[0]).toBe(all.join(' '));
				return;
			}
			expect(terms).toHaveLength(2);
			const [start, end] = terms.map((t) => words(t ?? ''));
			if (!start || !end) throw new Error('two terms');
			// the end is the passage's last words; the start is two or more of its words before them
			expect(all.slice(-end.length)).toEqual(end);
			expect(start.length).toBeGreaterThanOrEqual(2);
			const at = all.findIndex(
				(_, i) => all.slice(i, i + start.length).join(' ') === start.join(' ')
			);
			expect(at).toBeGreaterThanOrEqual(0);
			expect(at + start.length).toBeLessThanOrEqual(all.length - end.length);
		}
	);
});
