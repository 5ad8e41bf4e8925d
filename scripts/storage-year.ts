// How much a year of daily reviews takes in storage, through the real envelope and the real
// grading path: 200 cards, 50 reviews a day for 365 days, 20 new cards a day at most; and the
// same year with a 10-question quiz a day on top, through the real quiz engine.
//   npx tsx scripts/storage-year.ts
// The learner is simulated with a seeded PRNG, so every run measures the same year.
import { claims, flashcards, questions, type Question } from '../src/lib/content/index';
import {
	checkAnswer,
	finishQuiz,
	nextQuestion,
	questionIdsForSet,
	startQuiz
} from '../src/lib/quiz/index';
import {
	applyGrade,
	createScheduler,
	dueQueue,
	type BankCard,
	type Grade
} from '../src/lib/srs/index';
import { createLogId } from '../src/lib/srs/log-id';
import { maxJsonLength } from '../src/lib/storage/safe-json';
import { emptyData, type AppData, type Response } from '../src/lib/model/schema';
import { readEnvelope, toEnvelopeJson } from '../src/lib/storage/store';

const minute = 60_000;
const day = 24 * 60 * minute;
/** the first morning of the year: reviews start at 08:00 UTC, the day at 04:00 UTC */
const firstMorning = Date.UTC(2025, 0, 6, 8);
const rollover = 4 * 60 * minute;
const learnAheadMs = 20 * minute;

export interface YearOptions {
	cards?: number;
	reviewsPerDay?: number;
	days?: number;
	/** ids for log entries; the app's are 12 characters */
	logId?: (now: Date, random: () => number) => string;
	/** questions answered a day, in quizzes of 10 (mixed-10) at 07:00; none by default */
	quizAnswersPerDay?: number;
	/**
	 * every this many days, the state is written and read back through the stored envelope, as a
	 * reload would, and the year goes on from what was read; 0 (the default): never
	 */
	storeEveryDays?: number;
	seed?: number;
}

export interface YearFigures {
	data: AppData;
	json: string;
	/** characters of the stored string: what localStorage and the 5 MB read cap count */
	chars: number;
	bytes: number;
	reviews: number;
	/** the share of the largest state the app will read back (safe-json's cap) */
	shareOfReadCap: number;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1) */
function prng(state: number): () => number {
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** the bank's cards, then more named like them until there are `count` */
function bankOf(count: number): BankCard[] {
	const cards: BankCard[] = flashcards.map(({ id, topic, difficulty }) => ({
		id,
		topic,
		difficulty
	}));
	for (let i = 0; cards.length < count; i++) {
		const model = flashcards[i % flashcards.length]!;
		cards.push({ id: `${model.id}-${i}`, topic: model.topic, difficulty: model.difficulty });
	}
	return cards.slice(0, count);
}

/** a learner who mostly remembers: Again 5%, Hard 10%, Good 75%, Easy 10% */
function pickGrade(random: () => number): Grade {
	const roll = random();
	return roll < 0.05 ? 1 : roll < 0.15 ? 2 : roll < 0.9 ? 3 : 4;
}

/** a UUID-shaped id from the seeded PRNG: the app's session and answer ids are crypto.randomUUID()s */
function uuidFrom(random: () => number): string {
	const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const verdictOf = new Map(claims.map((claim) => [claim.id, claim.verdict]));

/** what a learner who is right three times in four answers, by question type */
function responseTo(question: Question, right: boolean): Response {
	switch (question.type) {
		case 'single': {
			const wrong = question.options.find((o) => o.id !== question.answer)!.id;
			return { type: 'single', choice: right ? question.answer : wrong };
		}
		case 'multi':
			return { type: 'multi', choices: right ? [...question.answers] : question.answers.slice(1) };
		case 'true-false':
			return { type: 'true-false', value: right === question.answer };
		case 'typed':
			return { type: 'typed', text: right ? question.accepted[0]! : 'no idea' };
		case 'cloze':
			return { type: 'cloze', texts: question.gaps.map((gap) => (right ? gap[0]! : 'no idea')) };
		case 'ordering': {
			const order = question.items.map((item) => item.id);
			return { type: 'ordering', order: right ? order : order.reverse() };
		}
		case 'matching': {
			const ids = question.pairs.map((pair) => pair.id);
			return {
				type: 'matching',
				matches: ids.map((left, i) => ({ left, right: right ? left : ids[(i + 1) % ids.length]! }))
			};
		}
		case 'fact-check': {
			const verdict = verdictOf.get(question.claim)!;
			return {
				type: 'fact-check',
				verdict: right ? verdict : verdict === 'OPINION' ? 'SUPPORTED' : 'OPINION'
			};
		}
	}
}

const byId = new Map(questions.map((question) => [question.id, question]));

/** one day's quizzes of 10 (mixed-10), answered and finished, as the quiz page stores them */
function takeQuizzes(data: AppData, answers: number, morning: Date, random: () => number): AppData {
	let { attempts, finishedQuizzes } = data;
	for (let taken = 0; taken < answers; taken += 10) {
		let now = new Date(morning.getTime() + taken * 30_000);
		const ids = questionIdsForSet('mixed-10', { questions, attempts, random }).slice(
			0,
			answers - taken
		);
		let quiz = startQuiz({
			id: uuidFrom(random),
			setId: 'mixed-10',
			questions: ids.map((id) => byId.get(id)!),
			now,
			random
		});
		for (const question of quiz.questionIds.map((id) => byId.get(id)!)) {
			now = new Date(now.getTime() + 30_000);
			const claim = question.type === 'fact-check' ? verdictOf.get(question.claim) : undefined;
			const checked = checkAnswer(quiz, {
				question,
				response: responseTo(question, random() < 0.75),
				now,
				attemptId: uuidFrom(random),
				...(claim ? { verdict: claim } : {})
			});
			attempts = [...attempts, checked.attempt];
			quiz = nextQuestion(checked.quiz);
		}
		finishedQuizzes = [...finishedQuizzes, finishQuiz(quiz, now)];
	}
	return { ...data, attempts, finishedQuizzes };
}

/** Simulates the year through the app's grading path and serialises it as the app stores it. */
export function simulateYear(options: YearOptions = {}): YearFigures {
	const {
		cards = 200,
		reviewsPerDay = 50,
		days = 365,
		logId = createLogId,
		quizAnswersPerDay = 0,
		storeEveryDays = 0,
		seed = 20250106
	} = options;
	const random = prng(seed);
	const bankCards = bankOf(cards);
	const scheduler = createScheduler({ desiredRetention: 0.9 });
	const limits = { newCardsPerDay: 20, reviewsPerDay: 200 };
	let data = emptyData();
	// the review log grows here, outside `data`: applyGrade copies the log it is given to append one
	// entry, which over a year of 18,250 grades was most of the run (O(n²)); it is handed an empty
	// log, and the entry it appends is moved here. `data.reviewLog` is set whenever it is read whole
	let log: AppData['reviewLog'] = [];

	for (let d = 0; d < days; d++) {
		if (quizAnswersPerDay > 0)
			data = takeQuizzes(
				data,
				quizAnswersPerDay,
				new Date(firstMorning + d * day - 60 * minute),
				random
			);
		const startOfDay = new Date(firstMorning + d * day - (8 * 60 * minute - rollover));
		// only today's entries count towards the limits; handing over just those keeps this fast
		const todayFrom = log.length;
		for (let k = 0; k < reviewsPerDay; k++) {
			const now = new Date(firstMorning + d * day + k * 20_000);
			const input = {
				bankCards,
				states: data.cards,
				reviewLog: log.slice(todayFrom),
				startOfDay,
				limits
			};
			let id = dueQueue({ ...input, now }).queue[0];
			if (id === undefined) {
				const ahead = dueQueue({ ...input, now: new Date(now.getTime() + learnAheadMs) });
				if (ahead.counts.learning > 0) id = ahead.queue[0];
			}
			if (id === undefined) {
				// nothing due: review ahead the card due soonest, so the day still has its 50 reviews
				const soonest = data.cards
					.filter((c) => !c.suspended)
					.reduce<(typeof data.cards)[number] | undefined>(
						(a, c) => (a === undefined || c.due < a.due ? c : a),
						undefined
					);
				id = soonest?.cardId;
			}
			if (id === undefined) break;
			const durationMs = 3_000 + Math.floor(random() * 12_000);
			const graded = applyGrade({ ...data, reviewLog: [] }, id, pickGrade(random), {
				now,
				logId: logId(now, random),
				durationMs,
				scheduler
			}).data;
			log.push(...graded.reviewLog);
			data = { ...graded, reviewLog: [] };
		}
		data = { ...data, reviewLog: log };
		if (storeEveryDays > 0 && (d + 1) % storeEveryDays === 0) {
			const stored = readEnvelope(
				toEnvelopeJson(data, new Date(firstMorning + d * day + 12 * 60 * minute))
			);
			if (stored.status !== 'ok')
				throw new Error(`day ${d + 1}: the stored state reads as ${stored.status}`);
			data = stored.data;
			log = [...data.reviewLog];
		}
	}

	const json = toEnvelopeJson(data, new Date(firstMorning + days * day));
	return {
		data,
		json,
		chars: json.length,
		bytes: Buffer.byteLength(json, 'utf8'),
		reviews: data.reviewLog.length,
		shareOfReadCap: json.length / maxJsonLength
	};
}

/** milliseconds of the fastest of `runs` */
function fastest(runs: number, work: () => void): number {
	let best = Infinity;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		work();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

const mb = (chars: number) => `${(chars / 1024 / 1024).toFixed(2)} MB`;

/** characters `list` takes in the stored text: the state's length with and without it */
const charsOf = (data: AppData, list: 'reviewLog' | 'attempts' | 'finishedQuizzes') =>
	toEnvelopeJson(data, new Date(0)).length -
	toEnvelopeJson({ ...data, [list]: [] }, new Date(0)).length;

const share = (chars: number) => `${((chars / maxJsonLength) * 100).toFixed(0)}%`;

function main() {
	const year = simulateYear();
	const withQuizzes = simulateYear({ quizAnswersPerDay: 10 });
	const withUuids = simulateYear({ logId: () => crypto.randomUUID() });
	const read = fastest(5, () => readEnvelope(year.json));
	const write = fastest(5, () => toEnvelopeJson(year.data, new Date()));
	const entry = charsOf(year.data, 'reviewLog') / year.reviews;
	const answers = withQuizzes.data.attempts.length;
	const answer = charsOf(withQuizzes.data, 'attempts') / answers;
	const quiz =
		charsOf(withQuizzes.data, 'finishedQuizzes') / withQuizzes.data.finishedQuizzes.length;
	const { version } = JSON.parse(year.json) as { version: number };
	console.log(
		`A year of daily reviews, stored in format ${version}: 200 cards, 50 reviews a day, 365 days`
	);
	console.log(`  review-log entries  ${year.reviews}`);
	console.log(
		`  card states         ${year.data.cards.length} (${year.data.cards.filter((c) => c.leech).length} leeches)`
	);
	console.log(`  undo entries        ${year.data.undoStack.length}`);
	console.log(
		`  stored size         ${year.chars.toLocaleString('en')} characters (${mb(year.chars)}), ${year.bytes.toLocaleString('en')} bytes UTF-8`
	);
	console.log(`  per log entry       ${entry.toFixed(0)} characters`);
	console.log(
		`  of the 5 MB the app reads back (safe-json cap), which is also Chromium's localStorage quota (5,242,880 characters): ${share(year.chars)}`
	);
	console.log(
		`  days of such use until the cap: about ${Math.floor(maxJsonLength / (entry * 50))}`
	);
	console.log(
		`  with UUID log ids   ${withUuids.chars.toLocaleString('en')} characters (${mb(withUuids.chars)}), ${share(withUuids.chars)} of the cap`
	);
	console.log(
		`  read + validate     ${read.toFixed(0)} ms   serialise ${write.toFixed(0)} ms (fastest of 5, Node)`
	);
	console.log(
		'The same year with a 10-question quiz every day (3,650 answers, 365 finished quizzes)'
	);
	console.log(
		`  stored size         ${withQuizzes.chars.toLocaleString('en')} characters (${mb(withQuizzes.chars)}), ${share(withQuizzes.chars)} of the cap`
	);
	console.log(
		`  per answer          ${answer.toFixed(0)} characters   per finished quiz ${quiz.toFixed(0)} characters`
	);
	console.log(
		`  days of such use until the cap: about ${Math.floor((maxJsonLength / withQuizzes.chars) * 365)}`
	);
	const readAll = fastest(5, () => readEnvelope(withQuizzes.json));
	const writeAll = fastest(5, () => toEnvelopeJson(withQuizzes.data, new Date()));
	console.log(
		`  read + validate     ${readAll.toFixed(0)} ms   serialise ${writeAll.toFixed(0)} ms (fastest of 5, Node)`
	);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
