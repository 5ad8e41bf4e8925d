import { describe, expect, it } from 'vitest';
import { claims, questions, sections, topics, transcript } from './index';
import { paperRef, paperUrl, passageOf, toQuizItem } from './quiz-items';

/** the cards of a question come from quiz/question-cards.ts; here, a stand-in that names them */
const cardsOf = (id: string) => [{ id: `card-of-${id}`, front: `The card of ${id}` }];
const sources = { topics, sections, claims, transcript, cardsOf };
const items = questions.map((q) => toQuizItem(q, sources));
const paragraphs = transcript.flatMap((s) => s.paragraphs);

describe('paperRef', () => {
	it('links §4 to the one confirmed anchor of the paper page', () => {
		expect(paperRef('4')).toEqual({
			section: '4',
			title: 'Planning in Poems',
			href: `${paperUrl}#dives-poems`
		});
	});

	it('links other sections to the paper page itself, with the heading of their parent', () => {
		expect(paperRef('6')).toEqual({ section: '6', title: 'Addition', href: paperUrl });
		expect(paperRef('15.3')).toEqual({ section: '15.3', title: 'Discussion', href: paperUrl });
	});

	it('links only to the paper, on https', () => {
		for (const ref of items.flatMap((i) => [...i.paper, ...(i.claim?.paper ?? [])]))
			expect(
				ref.href.startsWith('https://transformer-circuits.pub/2025/attribution-graphs/biology.html')
			).toBe(true);
	});
});

describe('passageOf', () => {
	it('finds the paragraph of a quote and the words before it', () => {
		const first = transcript[1]?.paragraphs[2];
		if (!first) throw new Error('the transcript has a second section with three paragraphs');
		const words = first.text.split(/\s+/);
		const quote = words.slice(3, 8).join(' ');
		const passage = passageOf(sources, quote, first.section);
		expect(passage).toMatchObject({
			anchor: first.id,
			section: first.section,
			sectionTitle: transcript[1]?.title,
			quote,
			wordOffset: first.wordOffset + 3
		});
		const sectionStart = transcript[1]?.paragraphs[0]?.wordOffset ?? 0;
		expect(passage?.sectionWordOffset).toBe(first.wordOffset + 3 - sectionStart);
	});

	it('gives nothing for words the episode never says', () => {
		expect(passageOf(sources, 'the model is secretly a pumpkin')).toBeUndefined();
	});
});

describe('toQuizItem over the whole bank', () => {
	it('carries the cards a miss brings into review', () => {
		expect(items[0]?.cards).toEqual(cardsOf(questions[0]?.id ?? ''));
	});

	it('keeps each question as it is, with its topic title', () => {
		for (const [i, item] of items.entries()) {
			expect(item.question).toBe(questions[i]);
			expect(item.topicTitle).toBe(topics.find((t) => t.id === item.question.topic)?.title);
		}
	});

	it('gives every quoted question a paragraph anchor that the transcript page renders, holding the quote', () => {
		const quoted = items.filter((i) => i.question.sources.transcript);
		expect(quoted.length).toBeGreaterThan(100);
		for (const item of quoted) {
			const paragraph = paragraphs.find((p) => p.id === item.passage?.anchor);
			expect(paragraph?.text, item.question.id).toContain(item.question.sources.transcript?.text);
			expect(item.passage?.section).toBe(item.question.sources.transcript?.section);
		}
	});

	it('gives no passage to a question without a quote', () => {
		for (const item of items.filter((i) => !i.question.sources.transcript))
			expect(item.passage).toBeUndefined();
	});

	it('gives each fact-check its claim: quote, verdict, what the paper says and where', () => {
		const checks = items.filter((i) => i.question.type === 'fact-check');
		expect(checks).toHaveLength(67);
		for (const item of checks) {
			const question = item.question;
			if (question.type !== 'fact-check') continue;
			const claim = claims.find((c) => c.id === question.claim);
			expect(item.claim).toMatchObject({
				id: claim?.id,
				verdict: claim?.verdict,
				quote: claim?.quote,
				paperSays: claim?.paperSays
			});
			expect(item.claim?.paper.map((p) => p.section)).toEqual(claim?.paperSections);
			expect(paragraphs.find((p) => p.id === item.claim?.passage?.anchor)?.text).toContain(
				claim?.quote
			);
		}
	});

	it('gives every claim a wrong option repeats, with its passage and what the paper says', () => {
		for (const item of items) {
			const q = item.question;
			const named =
				q.type === 'single' || q.type === 'multi'
					? q.options.flatMap((o) => (o.misconception ? [o.misconception] : []))
					: q.type === 'true-false' && q.misconception
						? [q.misconception]
						: [];
			expect(item.misconceptions.map((m) => m.id)).toEqual([...new Set(named)]);
			for (const m of item.misconceptions) {
				expect(m.paperSays.length).toBeGreaterThan(20);
				expect(paragraphs.find((p) => p.id === m.passage?.anchor)?.text).toContain(m.quote);
			}
		}
		expect(items.some((i) => i.misconceptions.length > 0)).toBe(true);
	});

	it('refuses a question on a topic it does not know', () => {
		const [question] = questions;
		if (!question) throw new Error('the bank has questions');
		expect(() => toQuizItem(question, { ...sources, topics: [] })).toThrow(/unknown topic/);
	});
});
