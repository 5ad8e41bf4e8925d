import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { progressMarkerKey } from '$lib/storage/keys';
import { markProgress } from './progress-marker';

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
