import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claims, flashcards, questions, sections, topics, transcript } from './index';
import { bankProblems } from './checks';
import { locateQuote } from './transcript';
import { topicIds, sectionIds } from './schema';

const sharedSource = '../shared/source/talking-machines-biology-of-an-llm.txt';

describe('the content bank', () => {
	it('has every topic and every episode section', () => {
		expect(topics.map((t) => t.id)).toEqual([...topicIds]);
		expect(sections.map((s) => s.id)).toEqual([...sectionIds]);
	});

	// a checkout without shared/ beside it (CI's clean clone) cannot compare: the test says skipped
	it.skipIf(!existsSync(sharedSource))(
		'keeps the transcript seed a byte-for-byte copy of the shared source',
		() => {
			const seed = readFileSync('seeds/talking-machines-biology-of-an-llm.txt');
			expect(seed.equals(readFileSync(sharedSource))).toBe(true);
		}
	);

	it('parses the transcript into the four sections, in episode order', () => {
		expect(transcript.map((s) => s.id)).toEqual([...sectionIds]);
		for (const s of transcript) expect(s.paragraphs.length).toBeGreaterThan(3);
	});

	it('has a note for every claim of the episode, joined with its seed', () => {
		expect(claims).toHaveLength(67);
		expect(new Set(claims.map((c) => c.id)).size).toBe(67);
	});

	it('has no cross-reference, answer-key or quote problem', () => {
		expect(bankProblems({ questions, flashcards, claims, transcript })).toEqual([]);
	});

	it('uses unique ids across questions and flashcards', () => {
		const ids = [...questions, ...flashcards].map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('quotes the transcript verbatim, in the section each item names', () => {
		const quoted = [...questions, ...flashcards].filter((i) => i.sources.transcript);
		expect(quoted.length).toBeGreaterThan(0);
		for (const item of quoted) {
			const quote = item.sources.transcript!;
			expect(locateQuote(transcript, quote.text, quote.section), item.id).toBeDefined();
		}
	});
});
