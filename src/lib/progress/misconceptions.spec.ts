import { describe, expect, it } from 'vitest';
import { attempt } from '../model/test-data';
import { misconceptions } from './misconceptions';
import { claimC01, claimC07 } from './test-meta';

const claims = [claimC07, claimC01];
const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

describe('misconceptions', () => {
	it('finds a distortion fallen for through a wrong option, not yet corrected', () => {
		const report = misconceptions(
			[
				attempt('a1', {
					questionId: 'add-1',
					correct: false,
					misconception: 'C07',
					answeredAt: at(10)
				})
			],
			claims
		);
		expect(report.fallenFor).toEqual([
			{ claim: claimC07, times: 1, lastFellAt: at(10), lastFellOn: 'add-1' }
		]);
		expect(report.tested).toBe(2);
	});

	it('counts a fact-check that calls the distortion supported as falling for it', () => {
		const report = misconceptions(
			[
				attempt('a1', {
					questionId: 'fc-7',
					correct: false,
					response: { type: 'fact-check', verdict: 'SUPPORTED' },
					answeredAt: at(10)
				}),
				attempt('a2', {
					questionId: 'fc-7',
					correct: false,
					response: { type: 'fact-check', verdict: 'OPINION' },
					answeredAt: at(11)
				})
			],
			claims
		);
		expect(report.fallenFor.map((m) => [m.claim.id, m.times])).toEqual([['C07', 1]]);
	});

	it('marks it corrected by a right answer on the claim after the last fall, and only after', () => {
		const fall = (id: string, day: number) =>
			attempt(id, {
				questionId: 'add-1',
				correct: false,
				misconception: 'C07',
				answeredAt: at(day)
			});
		const right = (id: string, day: number) =>
			attempt(id, {
				questionId: 'fc-7',
				correct: true,
				response: { type: 'fact-check', verdict: 'DISTORTED' },
				answeredAt: at(day)
			});
		expect(
			misconceptions([fall('a1', 10), right('a2', 9)], claims).fallenFor[0]
		).not.toHaveProperty('correctedAt');
		expect(
			misconceptions([fall('a1', 10), right('a2', 12), right('a3', 11)], claims).fallenFor[0]
		).toMatchObject({
			correctedAt: at(11)
		});
		expect(
			misconceptions([fall('a1', 10), right('a2', 11), fall('a3', 12)], claims).fallenFor[0]
		).toMatchObject({
			times: 2,
			lastFellAt: at(12)
		});
		expect(
			misconceptions([fall('a1', 10), right('a2', 11), fall('a3', 12)], claims).fallenFor[0]
		).not.toHaveProperty('correctedAt');
	});

	it('lists uncorrected ones first, and counts claims seen through with no fall', () => {
		const report = misconceptions(
			[
				attempt('a1', {
					questionId: 'add-1',
					correct: false,
					misconception: 'C07',
					answeredAt: at(10)
				}),
				attempt('a2', { questionId: 'add-1', correct: true, answeredAt: at(11) }),
				attempt('a3', { questionId: 'x', correct: false, misconception: 'C01', answeredAt: at(9) })
			],
			claims
		);
		expect(report.fallenFor.map((m) => [m.claim.id, m.correctedAt !== undefined])).toEqual([
			['C01', false],
			['C07', true]
		]);
		expect(
			misconceptions([attempt('a', { questionId: 'fc-1', correct: true })], claims).seenThrough
		).toBe(1);
	});
});
