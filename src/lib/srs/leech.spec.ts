import { describe, expect, it } from 'vitest';
import { isLeechLapse, leechThreshold } from './leech';

describe('isLeechLapse', () => {
	it('uses Anki’s default threshold of 8 lapses', () => {
		expect(leechThreshold).toBe(8);
	});

	it('fires on the 8th lapse, then every 4 lapses after it', () => {
		const fired = [];
		for (let lapses = 1; lapses <= 20; lapses++) {
			if (isLeechLapse(lapses - 1, lapses)) fired.push(lapses);
		}
		expect(fired).toEqual([8, 12, 16, 20]);
	});

	it('fires only when the grade added a lapse', () => {
		expect(isLeechLapse(8, 8)).toBe(false);
		expect(isLeechLapse(12, 12)).toBe(false);
	});

	it('rounds half an odd threshold up, as Anki does', () => {
		const fired = [];
		for (let lapses = 1; lapses <= 8; lapses++) {
			if (isLeechLapse(lapses - 1, lapses, 3)) fired.push(lapses);
		}
		expect(fired).toEqual([3, 5, 7]);
	});

	it('never fires with a threshold of 0', () => {
		expect(isLeechLapse(0, 1, 0)).toBe(false);
	});
});
