import { describe, expect, it } from 'vitest';
import { attempt } from '../model/test-data';
import {
	claimLinksOf,
	claimsToRepair,
	repairQuestionIds,
	type ClaimLink,
	type ClaimedQuestion
} from './repair';
import { questionIdsForSet, type SetQuestion } from './sets';

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

const c07: ClaimLink = {
	id: 'C07',
	verdict: 'DISTORTED',
	questionIds: ['add-1', 'add-2'],
	factCheckIds: ['fc-7']
};
const c12: ClaimLink = {
	id: 'C12',
	verdict: 'NOT-IN-PAPER',
	questionIds: ['cot-1'],
	factCheckIds: ['fc-12']
};
const c01: ClaimLink = { id: 'C01', verdict: 'SUPPORTED', questionIds: [], factCheckIds: ['fc-1'] };
const claims = [c07, c12, c01];

const fell = (id: string, questionId: string, claim: string, day: number) =>
	attempt(id, { questionId, correct: false, misconception: claim, answeredAt: at(day) });
const right = (id: string, questionId: string, day: number) =>
	attempt(id, { questionId, correct: true, answeredAt: at(day) });
const factChecked = (
	id: string,
	questionId: string,
	verdict: 'SUPPORTED' | 'OPINION',
	day: number
) =>
	attempt(id, {
		questionId,
		correct: false,
		response: { type: 'fact-check', verdict },
		answeredAt: at(day)
	});

describe('claimsToRepair', () => {
	it('is empty for a learner who fell for nothing', () => {
		expect(claimsToRepair([right('a1', 'add-1', 10)], claims)).toEqual([]);
	});

	it('lists the claims fallen for and not answered right since, most recent fall first', () => {
		const attempts = [
			fell('a1', 'add-1', 'C07', 10),
			factChecked('a2', 'fc-12', 'SUPPORTED', 11),
			// a wrong fact-check that does not call the claim supported is no fall
			factChecked('a3', 'fc-7', 'OPINION', 12)
		];
		expect(claimsToRepair(attempts, claims).map((s) => [s.claim.id, s.lastFellOn])).toEqual([
			['C12', 'fc-12'],
			['C07', 'add-1']
		]);
	});

	it('drops a claim once any question on it is answered right after the last fall', () => {
		const attempts = [fell('a1', 'add-1', 'C07', 10), right('a2', 'fc-7', 11)];
		expect(claimsToRepair(attempts, claims)).toEqual([]);
		// a right answer before the fall repairs nothing
		expect(
			claimsToRepair([right('a2', 'fc-7', 9), fell('a1', 'add-1', 'C07', 10)], claims)
		).toHaveLength(1);
	});

	it('needs repairing again after falling for it again', () => {
		const attempts = [
			fell('a1', 'add-1', 'C07', 10),
			right('a2', 'add-2', 11),
			fell('a3', 'add-2', 'C07', 12)
		];
		expect(claimsToRepair(attempts, claims).map((s) => [s.lastFellOn, s.times])).toEqual([
			['add-2', 2]
		]);
	});
});

describe('repairQuestionIds', () => {
	it('asks each claim’s fact-check, then the question last fallen for it on, each once', () => {
		const attempts = [fell('a1', 'add-1', 'C07', 10), factChecked('a2', 'fc-12', 'SUPPORTED', 11)];
		expect(repairQuestionIds(attempts, claims)).toEqual(['fc-12', 'fc-7', 'add-1']);
	});

	it('stops at the size of a short quiz', () => {
		const attempts = [fell('a1', 'add-1', 'C07', 10), fell('a2', 'cot-1', 'C12', 11)];
		expect(repairQuestionIds(attempts, claims, 3)).toEqual(['fc-12', 'cot-1', 'fc-7']);
	});

	it('is the repair set’s questions, only those the bank has', () => {
		const question = (id: string, type: SetQuestion['type']): SetQuestion => ({
			id,
			topic: 'podcast-vs-paper',
			type,
			sources: { paper: ['1'], evidence: [{ section: '1', text: 'six words of the paper here' }] },
			depth: 1,
			answerableFrom: 'episode',
			difficulty: 'recall'
		});
		const questions = [question('add-1', 'single'), question('fc-7', 'fact-check')];
		const attempts = [fell('a1', 'add-1', 'C07', 10), fell('a2', 'cot-1', 'C12', 11)];
		expect(questionIdsForSet('repair', { questions, attempts, random: () => 0, claims })).toEqual([
			'fc-7',
			'add-1'
		]);
		expect(
			questionIdsForSet('repair', { questions, attempts: [], random: () => 0, claims })
		).toEqual([]);
	});
});

describe('claimLinksOf', () => {
	const base = {
		topic: 'podcast-vs-paper' as const,
		difficulty: 'recall' as const,
		explanation: 'why it is so, in enough words to teach something useful',
		sources: { paper: ['1'], evidence: [{ section: '1', text: 'six words of the paper here' }] },
		answerableFrom: 'episode' as const,
		depth: 1 as const
	};
	const factCheck = (id: string, claim: string): ClaimedQuestion => ({
		question: { ...base, id, type: 'fact-check', claim },
		claim: { id: claim, verdict: 'DISTORTED' },
		misconceptions: []
	});
	const single = (id: string, claim: string): ClaimedQuestion => ({
		question: {
			...base,
			id,
			type: 'single',
			prompt: 'which of these is right?',
			options: [
				{ id: 'a', text: 'right' },
				{ id: 'b', text: 'wrong', misconception: claim }
			],
			answer: 'a'
		},
		misconceptions: [{ id: claim, verdict: 'DISTORTED' }]
	});

	it('links each claim to its fact-checks and the questions that repeat it', () => {
		expect(
			claimLinksOf([single('add-1', 'C07'), factCheck('fc-7', 'C07'), single('x', 'C12')])
		).toEqual([
			{ id: 'C07', verdict: 'DISTORTED', questionIds: ['add-1'], factCheckIds: ['fc-7'] },
			{ id: 'C12', verdict: 'DISTORTED', questionIds: ['x'], factCheckIds: [] }
		]);
	});
});
