import { describe, expect, test } from 'vitest';
import { reviewKeyAction, type ReviewKey, type ReviewKeyContext } from './keys';

const press = (key: string, more: Partial<ReviewKey> = {}): ReviewKey => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	shiftKey: false,
	repeat: false,
	target: 'other',
	...more
});

const front: ReviewKeyContext = { enabled: true, hasCard: true, revealed: false, canUndo: true };
const back: ReviewKeyContext = { ...front, revealed: true };

describe('reviewKeyAction', () => {
	test('Space and Enter show the back', () => {
		expect(reviewKeyAction(press(' '), front)).toEqual({ kind: 'reveal' });
		expect(reviewKeyAction(press('Enter'), front)).toEqual({ kind: 'reveal' });
	});

	test('1 to 4 grade once the back is shown, and not before', () => {
		expect(reviewKeyAction(press('1'), back)).toEqual({ kind: 'grade', rating: 1 });
		expect(reviewKeyAction(press('4'), back)).toEqual({ kind: 'grade', rating: 4 });
		expect(reviewKeyAction(press('3'), front)).toBeUndefined();
		expect(reviewKeyAction(press('5'), back)).toBeUndefined();
	});

	test('Space on the back does not grade', () => {
		expect(reviewKeyAction(press(' '), back)).toBeUndefined();
	});

	test('Ctrl+Z and Cmd+Z undo, when there is something to undo', () => {
		expect(reviewKeyAction(press('z', { ctrlKey: true }), front)).toEqual({ kind: 'undo' });
		expect(reviewKeyAction(press('Z', { metaKey: true }), back)).toEqual({ kind: 'undo' });
		expect(
			reviewKeyAction(press('z', { ctrlKey: true }), { ...front, canUndo: false })
		).toBeUndefined();
		expect(reviewKeyAction(press('z', { ctrlKey: true, shiftKey: true }), front)).toBeUndefined();
		expect(reviewKeyAction(press('z', { ctrlKey: true }), { ...front, hasCard: false })).toEqual({
			kind: 'undo'
		});
	});

	test('- buries the card on screen until tomorrow, front or back, as in Anki', () => {
		expect(reviewKeyAction(press('-'), front)).toEqual({ kind: 'bury' });
		expect(reviewKeyAction(press('-'), back)).toEqual({ kind: 'bury' });
		expect(reviewKeyAction(press('-'), { ...front, hasCard: false })).toBeUndefined();
		expect(reviewKeyAction(press('-', { repeat: true }), front)).toBeUndefined();
		expect(reviewKeyAction(press('-', { target: 'text' }), front)).toBeUndefined();
		expect(reviewKeyAction(press('-', { shiftKey: true }), front)).toBeUndefined();
	});

	test('@ suspends the card on screen, front or back, as in Anki', () => {
		expect(reviewKeyAction(press('@', { shiftKey: true }), front)).toEqual({ kind: 'suspend' });
		expect(reviewKeyAction(press('@', { shiftKey: true }), back)).toEqual({ kind: 'suspend' });
		expect(reviewKeyAction(press('@'), { ...front, hasCard: false })).toBeUndefined();
		expect(reviewKeyAction(press('@', { repeat: true }), front)).toBeUndefined();
		expect(reviewKeyAction(press('@', { target: 'text' }), front)).toBeUndefined();
	});

	test('does nothing when shortcuts are turned off in the settings', () => {
		const off = { ...back, enabled: false };
		expect(reviewKeyAction(press('3'), off)).toBeUndefined();
		expect(reviewKeyAction(press(' '), { ...front, enabled: false })).toBeUndefined();
		expect(reviewKeyAction(press('z', { ctrlKey: true }), off)).toBeUndefined();
		expect(reviewKeyAction(press('@'), off)).toBeUndefined();
	});

	test('leaves keys to text fields and selects', () => {
		expect(reviewKeyAction(press('3', { target: 'text' }), back)).toBeUndefined();
		expect(reviewKeyAction(press('z', { target: 'text', ctrlKey: true }), back)).toBeUndefined();
	});

	test('leaves Space to a focused radio button or checkbox, which toggles it, but grades from it', () => {
		expect(reviewKeyAction(press(' ', { target: 'choice' }), front)).toBeUndefined();
		expect(reviewKeyAction(press('4', { target: 'choice' }), back)).toEqual({
			kind: 'grade',
			rating: 4
		});
	});

	test('leaves Space and Enter to a focused button, which activates itself, but grades from it', () => {
		expect(reviewKeyAction(press(' ', { target: 'control' }), front)).toBeUndefined();
		expect(reviewKeyAction(press('2', { target: 'control' }), back)).toEqual({
			kind: 'grade',
			rating: 2
		});
	});

	test('ignores held keys, other modifiers, and keys with no card on screen', () => {
		expect(reviewKeyAction(press('3', { repeat: true }), back)).toBeUndefined();
		expect(reviewKeyAction(press('3', { altKey: true }), back)).toBeUndefined();
		expect(reviewKeyAction(press('3', { ctrlKey: true }), back)).toBeUndefined();
		expect(reviewKeyAction(press(' '), { ...front, hasCard: false })).toBeUndefined();
	});
});
