import { describe, expect, it } from 'vitest';
import { tooTallToStick } from './sticky-bar';

describe('tooTallToStick', () => {
	it('stops sticking past a third of the screen, and sticks again only below 30%', () => {
		expect(tooTallToStick(0.33, false)).toBe(false);
		expect(tooTallToStick(0.34, false)).toBe(true);
		// a phone's address bar folding away changes the share a little: no coming and going
		expect(tooTallToStick(0.31, true)).toBe(true);
		expect(tooTallToStick(0.29, true)).toBe(false);
	});
});
