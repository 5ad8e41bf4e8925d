// times the due queue on a large collection: 10,000 cards, 100,000 review-log entries.
//   npx tsx scripts/bench-queue.ts
// the data comes from a seeded PRNG, so every run measures the same collection.
import { topicIds } from '../src/lib/content/schema';
import type { CardState, ReviewLogEntry } from '../src/lib/model/schema';
import { dueQueue, forgottenToday, type BankCard, type CardDifficulty } from '../src/lib/srs/queue';

const cardCount = 10_000;
const logCount = 100_000;
const warmUpRuns = 10;
const runs = 50;
const seed = 20250310;

const minute = 60_000;
const day = 24 * 60 * minute;
const now = new Date('2025-03-10T09:00:00.000Z');
const startOfDay = new Date('2025-03-10T00:00:00.000Z');

/** mulberry32: a small seeded PRNG, uniform in [0, 1) */
function prng(state: number): () => number {
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const random = prng(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const isoAt = (offsetMs: number): string => new Date(now.getTime() + offsetMs).toISOString();

const topics = topicIds;
const difficulties: readonly CardDifficulty[] = ['recall', 'mechanism', 'transfer'];

function buildCollection() {
	const bankCards: BankCard[] = [];
	const states: CardState[] = [];
	for (let i = 0; i < cardCount; i++) {
		const id = `card-${String(i).padStart(5, '0')}`;
		bankCards.push({ id, topic: pick(topics), difficulty: pick(difficulties) });
		// about 30% never studied
		if (random() < 0.3) continue;
		const roll = random();
		const state = roll < 0.03 ? 1 : roll < 0.05 ? 3 : 2;
		const stability = state === 2 ? 1 + random() * 200 : random() * 2;
		const dueOffset = state === 2 ? (random() * 210 - 30) * day : (random() * 60 - 30) * minute;
		states.push({
			cardId: id,
			due: isoAt(dueOffset),
			stability,
			difficulty: 1 + random() * 9,
			elapsed_days: Math.floor(random() * 30),
			scheduled_days: state === 2 ? Math.max(1, Math.round(stability)) : 0,
			learning_steps: 0,
			reps: 1 + Math.floor(random() * 30),
			lapses: Math.floor(random() * 4),
			state,
			last_review: isoAt(dueOffset - stability * day),
			suspended: random() < 0.01,
			leech: false
		});
	}
	const reviewLog: ReviewLogEntry[] = [];
	// a year of history, oldest first as the app appends it; the last few hundred are today's
	for (let i = 0; i < logCount; i++) {
		const age = ((logCount - i) / logCount) * 365 * day;
		const card = pick(states);
		reviewLog.push({
			id: `log-${i}`,
			cardId: card.cardId,
			rating: random() < 0.12 ? 1 : pick([2, 3, 3, 3, 4]),
			reviewedAt: isoAt(-age),
			state: pick([0, 1, 2, 2, 2, 2, 3]),
			due: isoAt(-age),
			stability: card.stability,
			difficulty: card.difficulty,
			scheduled_days: card.scheduled_days,
			durationMs: Math.floor(random() * 20_000)
		});
	}
	return { bankCards, states, reviewLog };
}

function time(label: string, work: () => unknown): void {
	for (let i = 0; i < warmUpRuns; i++) work();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		work();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	const quantile = (q: number) => samples[Math.max(0, Math.ceil(q * samples.length) - 1)] ?? NaN;
	const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(9);
	const figures = [
		`median ${ms(quantile(0.5))}`,
		`p95 ${ms(quantile(0.95))}`,
		`min ${ms(quantile(0))}`,
		`max ${ms(quantile(1))}`
	];
	console.log(`${label.padEnd(16)} ${figures.join('  ')}`);
}

const buildStart = performance.now();
const { bankCards, states, reviewLog } = buildCollection();
const buildMs = performance.now() - buildStart;
const limits = { newCardsPerDay: 20, reviewsPerDay: 200 };
const input = { bankCards, states, reviewLog, now, startOfDay, limits };

const { queue, counts, overLimit } = dueQueue(input);
console.log(
	`collection: ${bankCards.length} cards, ${states.length} with a state, ` +
		`${reviewLog.length} log entries (seed ${seed}, built in ${buildMs.toFixed(0)} ms)`
);
console.log(
	`queue: ${queue.length} cards (learning ${counts.learning}, review ${counts.review}, ` +
		`new ${counts.new}; over the daily limits: review ${overLimit.review}, ` +
		`new ${overLimit.new})`
);
console.log(`timing: ${runs} runs each, after ${warmUpRuns} warm-up runs`);
time('dueQueue', () => dueQueue(input));
time('dueQueue topic', () => dueQueue({ ...input, topic: 'rhyme-planning' }));
time('forgottenToday', () => forgottenToday({ reviewLog, states, startOfDay }));
