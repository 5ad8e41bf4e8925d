import { describe, expect, it } from 'vitest';
import { attempt, card, review } from '../model/test-data';
import { masteryByTopic } from './mastery';
import { meta } from './test-meta';

describe('masteryByTopic', () => {
	it('combines the last answer to each question with the last review of each card, weakest first', () => {
		const data = {
			attempts: [
				attempt('a1', {
					questionId: 'rhyme-1',
					correct: false,
					answeredAt: '2025-03-10T09:00:00.000Z'
				}),
				attempt('a2', {
					questionId: 'rhyme-1',
					correct: true,
					answeredAt: '2025-03-11T09:00:00.000Z'
				}),
				attempt('a3', { questionId: 'add-1', correct: true }),
				attempt('a4', { questionId: 'add-2', correct: false }),
				attempt('gone', { questionId: 'not-in-bank', correct: true })
			],
			reviewLog: [
				review('r1', { cardId: 'rhyme-card-1', rating: 3, reviewedAt: '2025-03-10T09:00:00.000Z' }),
				review('r2', { cardId: 'rhyme-card-1', rating: 1, reviewedAt: '2025-03-11T09:00:00.000Z' }),
				review('r3', { cardId: 'rhyme-card-2', rating: 4 })
			],
			cards: []
		};
		const rows = masteryByTopic(data, meta.topics);
		expect(rows.map((r) => [r.topic, r.mastery])).toEqual([
			['podcast-vs-paper', 0],
			['shared-addition', 0.25],
			['rhyme-planning', 0.5]
		]);
		expect(rows[2]).toEqual({
			topic: 'rhyme-planning',
			title: 'Planning in poems',
			questions: 2,
			answered: 1,
			lastCorrect: 1,
			cards: 2,
			studied: 2,
			remembered: 1,
			quizPart: 0.5,
			cardPart: 0.5,
			mastery: 0.5
		});
		expect(rows[1]).not.toHaveProperty('cardPart');
	});

	it('reads a card state without its log: in review counts as remembered', () => {
		const rows = masteryByTopic(
			{ attempts: [], reviewLog: [], cards: [card('pvp-card', { state: 2, reps: 4 })] },
			meta.topics
		);
		expect(rows.find((r) => r.topic === 'podcast-vs-paper')).toMatchObject({
			studied: 1,
			remembered: 1,
			cardPart: 1,
			mastery: 0.5
		});
	});

	it('keeps bank order among topics of equal mastery', () => {
		expect(
			masteryByTopic({ attempts: [], reviewLog: [], cards: [] }, meta.topics).map((r) => r.topic)
		).toEqual(meta.topics.map((t) => t.id));
	});
});
