import { describe, expect, it } from 'vitest';
import { studiedCardIds } from './studied';

describe('studiedCardIds', () => {
	it('counts a card reviewed once, in the log or by its state, and not one a miss only brought in', () => {
		const studied = studiedCardIds({
			reviewLog: [{ cardId: 'logged' }, { cardId: 'logged' }],
			cards: [
				{ cardId: 'logged', reps: 2 },
				// from a backup whose log was left out
				{ cardId: 'by-state', reps: 1 },
				// brought into review by a missed question, never shown
				{ cardId: 'brought-in', reps: 0 }
			]
		});
		expect([...studied].sort()).toEqual(['by-state', 'logged']);
	});
});
