import { describe, expect, test } from 'vitest';
import { claims, questions, sections, transcript } from '../content';
import type { EpisodeClaim } from '../content/schema';
import { parseTranscript } from '../content/transcript';
import { buildAnnotations } from './annotations';

describe('buildAnnotations on the real bank', () => {
	const annotations = buildAnnotations({ transcript, claims, questions });
	const order = transcript.flatMap((s) => s.paragraphs.map((p) => p.id));

	test('every claim sits beside exactly one passage, the one that holds its quote', () => {
		const placed = Object.entries(annotations.claims).flatMap(([id, list]) =>
			list.map((claim) => ({ id, claim }))
		);
		expect(placed.map((p) => p.claim.id).sort()).toEqual(claims.map((c) => c.id).sort());
		const text = new Map(transcript.flatMap((s) => s.paragraphs.map((p) => [p.id, p.text])));
		for (const { id, claim } of placed) expect(text.get(id)).toContain(claim.quote);
	});

	test('every question with a quote is counted on one passage', () => {
		const quoted = questions.filter((q) => q.sources.transcript).map((q) => q.id);
		expect(Object.values(annotations.questions).flat().sort()).toEqual([...quoted].sort());
	});

	test('every claim knows its fact-check, which hides its verdict until answered', () => {
		const placed = Object.values(annotations.claims).flat();
		for (const claim of placed) {
			const checks = questions.filter((q) => q.type === 'fact-check' && q.claim === claim.id);
			expect(claim.factCheckIds).toEqual(checks.map((q) => q.id));
		}
		// the bank has a fact-check for each of the episode's claims
		expect(placed.every((c) => c.factCheckIds.length > 0)).toBe(true);
	});

	test('passages come in episode order', () => {
		for (const map of [annotations.questions, annotations.claims]) {
			const ids = Object.keys(map);
			expect(ids).toEqual(order.filter((id) => ids.includes(id)));
		}
	});
});

describe('buildAnnotations on a small episode', () => {
	const episode = parseTranscript(
		'### Closing\n\nFirst we said one thing. Then we said another.\n\nA second paragraph.\n',
		sections
	);
	const claim = (id: string, quote: string): EpisodeClaim => ({
		id,
		section: 'closing',
		quote,
		verdict: 'OPINION',
		severity: null,
		summary: 'The hosts say something.',
		paperSays: 'The paper does not weigh in on this at all.',
		paperSections: ['15']
	});

	test('claims in one passage are in the order the episode says them', () => {
		const result = buildAnnotations({
			transcript: episode,
			claims: [claim('C02', 'Then we said another'), claim('C01', 'First we said')],
			questions: []
		});
		expect(result.claims['p-1']?.map((c) => c.id)).toEqual(['C01', 'C02']);
		expect(result.questions).toEqual({});
	});

	test('a quote that is not in the transcript fails the build', () => {
		expect(() =>
			buildAnnotations({ transcript: episode, claims: [claim('C09', 'never said')], questions: [] })
		).toThrow('C09');
	});
});
