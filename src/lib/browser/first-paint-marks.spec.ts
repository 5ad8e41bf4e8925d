import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { progressMarkerKey, quizLengthMarkerKey, quizzesBegunMarkerKey } from '$lib/storage/keys';
import { markProgress, markQuizLength, markQuizzesBegun, begunMark } from './first-paint-marks';

describe('markProgress', () => {
	it('sets the mark while there is progress and removes it once there is none', () => {
		const storage = new MemoryStorage();
		markProgress(storage, true);
		expect(storage.getItem(progressMarkerKey)).toBe('yes');
		markProgress(storage, false);
		expect(storage.getItem(progressMarkerKey)).toBeNull();
		expect(storage.length).toBe(0);
	});

	it('is quiet where localStorage refuses it or there is none', () => {
		const storage = new MemoryStorage();
		storage.failWith = new DOMException('full', 'QuotaExceededError');
		expect(() => markProgress(storage, true)).not.toThrow();
		expect(storage.getItem(progressMarkerKey)).toBeNull();
		expect(() => markProgress(undefined, true)).not.toThrow();
	});

	it('is the mark app.html reads before the first paint', () => {
		const html = readFileSync('src/app.html', 'utf8');
		const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? '';
		expect(script).toContain(`localStorage.getItem('${progressMarkerKey}')`);
		expect(script).toContain('dataset.hasProgress');
	});
});

describe('markQuizLength', () => {
	it('keeps a length other than a new learner’s, and none for 10', () => {
		const storage = new MemoryStorage();
		markQuizLength(storage, 20);
		expect(storage.getItem(quizLengthMarkerKey)).toBe('20');
		markQuizLength(storage, 'all');
		expect(storage.getItem(quizLengthMarkerKey)).toBe('all');
		markQuizLength(storage, 10);
		expect(storage.getItem(quizLengthMarkerKey)).toBeNull();
		expect(storage.length).toBe(0);
	});

	it('is quiet where localStorage refuses it or there is none', () => {
		const storage = new MemoryStorage();
		storage.failWith = new DOMException('full', 'QuotaExceededError');
		expect(() => markQuizLength(storage, 20)).not.toThrow();
		expect(storage.getItem(quizLengthMarkerKey)).toBeNull();
		expect(() => markQuizLength(undefined, 20)).not.toThrow();
	});

	it('leaves no older mark in place where a write is refused', () => {
		const storage = new MemoryStorage();
		markQuizLength(storage, 20);
		// room for '20' and no more: 'all' is refused, and '20' must not stay to be painted
		storage.quotaChars = quizLengthMarkerKey.length + 2;
		markQuizLength(storage, 'all');
		expect(storage.getItem(quizLengthMarkerKey)).toBeNull();
	});
});

describe('markQuizzesBegun', () => {
	it('keeps the set ids of the quizzes under way, each once, and none while there are none', () => {
		const storage = new MemoryStorage();
		expect(begunMark(['fact-check', 'section-closing-depth-1', 'fact-check'])).toBe(
			'fact-check section-closing-depth-1'
		);
		markQuizzesBegun(storage, begunMark(['section-closing-depth-1', 'fact-check']));
		expect(storage.getItem(quizzesBegunMarkerKey)).toBe('fact-check section-closing-depth-1');
		markQuizzesBegun(storage, begunMark([]));
		expect(storage.getItem(quizzesBegunMarkerKey)).toBeNull();
		expect(storage.length).toBe(0);
	});
});
