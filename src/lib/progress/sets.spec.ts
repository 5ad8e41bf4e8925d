import { describe, expect, it } from 'vitest';
import { setTitle } from './sets';
import { meta } from './test-meta';

describe('setTitle', () => {
	it('names topic, section and fixed sets as the quiz menu and Home do', () => {
		expect(setTitle('topic-rhyme-planning', meta)).toBe('Planning in poems');
		expect(setTitle('section-closing', meta)).toBe('Quiz me on Closing');
		expect(setTitle('fact-check', meta)).toBe('Fact-check the episode');
		expect(setTitle('mixed-20', meta)).toBe('20 random questions');
		expect(setTitle('mixed-all', meta)).toBe('Every question, shuffled');
		expect(setTitle('mistakes', meta)).toBe('My mistakes');
		expect(setTitle('retry', meta)).toBe('Retry the ones I missed');
		expect(setTitle('repair', meta)).toBe('Repair my misconceptions');
	});

	it('names a set at one depth by its set and its depth', () => {
		expect(setTitle('section-closing-depth-1', meta)).toBe(
			'Quiz me on Closing: What the episode said'
		);
		expect(setTitle('topic-rhyme-planning-depth-3', meta)).toBe(
			'Planning in poems: Numbers and caveats'
		);
		expect(setTitle('mixed-10-depth-1', meta)).toBe('10 random questions: What the episode said');
	});

	it('shows an unknown id as it is, shortened, never as a prototype property', () => {
		expect(setTitle('toString', meta)).toBe('Other quiz (toString)');
		expect(setTitle('<img src=x onerror=alert(1)>', meta)).toBe(
			'Other quiz (<img src=x onerror=alert(1)>)'
		);
		expect(setTitle('x'.repeat(100), meta)).toBe(`Other quiz (${'x'.repeat(39)}…)`);
	});
});
