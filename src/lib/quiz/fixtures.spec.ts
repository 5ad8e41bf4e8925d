import { describe, expect, it } from 'vitest';
import { Question, questionTypes } from '../content/schema';
import { everyType } from './fixtures';

describe('test fixtures', () => {
	it.each(everyType.map((q) => [q.id, q] as const))('%s is valid content', (_, question) => {
		expect(Question.safeParse(question).error).toBeUndefined();
	});

	it('cover every question type', () => {
		expect(everyType.map((q) => q.type).sort()).toEqual([...questionTypes].sort());
	});
});
