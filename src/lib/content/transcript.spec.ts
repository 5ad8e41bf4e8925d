import { describe, expect, it } from 'vitest';
import { claims, sections, transcript } from './index';
import { leadIn, parseTranscript } from './transcript';

const episode = parseTranscript(
	[
		'### Introduction & Setup',
		'Welcome to the show. Today we read a paper.',
		'Claude 3.5 Haiku is the model they study. Right? And the way they traced it is new. It is like a microscope.',
		'### Key Concepts Part 1',
		'Exactly! It plans ahead.'
	].join('\n'),
	sections
);

describe('leadIn', () => {
	it('gives the sentences just before a quote, until there are enough words', () => {
		// twelve words at least, by default: nine in the two sentences before, so a third
		expect(leadIn(episode, 'It is like a microscope.')).toBe(
			'Claude 3.5 Haiku is the model they study. Right? And the way they traced it is new.'
		);
		expect(leadIn(episode, 'It is like a microscope.', undefined, { minWords: 3 })).toBe(
			'And the way they traced it is new.'
		);
	});

	it('gives the start of the quote’s own sentence, and goes back into the paragraph before', () => {
		expect(leadIn(episode, 'the way they traced it is new.', undefined, { minWords: 12 })).toBe(
			// a line break between the turns of two paragraphs, two speakers
			'Today we read a paper.\nClaude 3.5 Haiku is the model they study. Right? And'
		);
	});

	it('does not end a sentence at the full stop of a number', () => {
		expect(leadIn(episode, 'Right?', undefined, { minWords: 1 })).toBe(
			'Claude 3.5 Haiku is the model they study.'
		);
	});

	it('stops at the start of its section, and at three sentences', () => {
		expect(leadIn(episode, 'It plans ahead.', 'key-concepts-1')).toBe('Exactly!');
		expect(leadIn(episode, 'Welcome to the show.')).toBeUndefined();
		expect(
			leadIn(episode, 'It is like a microscope.', undefined, { minWords: 100 })?.split(/[.?!] /)
		).toHaveLength(3);
	});

	it('is undefined for a quote the episode does not have', () => {
		expect(leadIn(episode, 'Never said.')).toBeUndefined();
	});

	it('gives every claim of the episode but its first words what was said before them', () => {
		const without = claims.filter((c) => !leadIn(transcript, c.quote, c.section)).map((c) => c.id);
		expect(without).toEqual([]);
		// the tester's case: “it” is the addition circuitry named in the sentence before
		const c44 = claims.find((c) => c.id === 'C44');
		expect(c44 && leadIn(transcript, c44.quote, c44.section)).toContain(
			'the same addition circuitry is applicable across different contexts'
		);
	});
});
