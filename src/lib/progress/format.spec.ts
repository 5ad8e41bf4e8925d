import { describe, expect, it } from 'vitest';
import { dateOfIso, percent, plural } from './format';

describe('format', () => {
	it('writes shares, counts and dates', () => {
		expect(percent(2 / 3)).toBe('67%');
		expect(plural(1, 'answer')).toBe('1 answer');
		expect(plural(1200, 'answer')).toBe('1,200 answers');
		expect(plural(2, 'quiz', 'quizzes')).toBe('2 quizzes');
		expect(dateOfIso('2025-03-10T23:30:00.000Z', 60)).toBe('11 Mar 2025');
	});
});
