// which review shortcut a key press means, if any: Space/Enter show the back, 1–4 grade, Ctrl+Z
// undoes, @ suspends the card, - buries it until tomorrow (Anki's keys).
import type { Grade } from '$lib/srs';

/** what has focus when the key is pressed: the one answer to "is this key press typing?" */
export type KeyTarget =
	/** a text field, text area, select or editable text: keys type or choose there */
	| 'text'
	/** a radio button or checkbox: Space toggles it, digits and Enter are free for shortcuts */
	| 'choice'
	/** a button, link or summary: Space and Enter activate it natively */
	| 'control'
	| 'other';

export interface ReviewKey {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	shiftKey: boolean;
	/** held down: never grade several cards with one press */
	repeat: boolean;
	target: KeyTarget;
}

export interface ReviewKeyContext {
	/** the setting "Keyboard shortcuts in review" */
	enabled: boolean;
	hasCard: boolean;
	revealed: boolean;
	canUndo: boolean;
}

export type ReviewKeyAction =
	| { kind: 'reveal' }
	| { kind: 'grade'; rating: Grade }
	| { kind: 'undo' }
	| { kind: 'suspend' }
	| { kind: 'bury' };

const gradeKeys: Record<string, Grade> = { '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * The action a key press asks for in review, or undefined to leave the key alone.
 *
 * @example
 * reviewKeyAction({ key: ' ', target: 'other', ... }, { enabled: true, hasCard: true, revealed: false, canUndo: false }); // { kind: 'reveal' }
 */
export function reviewKeyAction(
	press: ReviewKey,
	context: ReviewKeyContext
): ReviewKeyAction | undefined {
	if (!context.enabled || press.target === 'text') return undefined;
	const command = press.ctrlKey || press.metaKey;
	if (command && !press.altKey && !press.shiftKey && press.key.toLowerCase() === 'z') {
		return context.canUndo && !press.repeat ? { kind: 'undo' } : undefined;
	}
	if (command || press.altKey || press.repeat || !context.hasCard) return undefined;
	if ((press.key === ' ' || press.key === 'Enter') && !context.revealed) {
		// on a button or link, Space and Enter already do what the control says
		return press.target === 'control' || press.target === 'choice' ? undefined : { kind: 'reveal' };
	}
	// Anki's key: typed with Shift on most layouts, so Shift is not refused here
	if (press.key === '@') return { kind: 'suspend' };
	if (press.key === '-' && !press.shiftKey) return { kind: 'bury' };
	const rating = gradeKeys[press.key];
	if (rating !== undefined && context.revealed && !press.shiftKey) return { kind: 'grade', rating };
	return undefined;
}

const choiceInputs = 'input[type="radio"], input[type="checkbox"]';
const buttonInputs = 'input[type="button"], input[type="submit"], input[type="reset"]';

/** how a key press's target is treated (see KeyTarget) */
export function keyTarget(target: EventTarget | null): KeyTarget {
	if (!(target instanceof Element)) return 'other';
	if (target.closest(choiceInputs)) return 'choice';
	if (target.closest(buttonInputs)) return 'control';
	if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
		return 'text';
	if (target.closest('button, a[href], summary, [role="button"], [role="link"]')) return 'control';
	return 'other';
}

/** where Enter already does something of its own: activates a control, chooses, or types a line */
export function enterActsNatively(target: EventTarget | null): boolean {
	if (keyTarget(target) === 'control') return true;
	return target instanceof Element && target.closest('textarea, select') !== null;
}
