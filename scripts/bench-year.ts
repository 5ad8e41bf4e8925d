// prints, as one line of JSON, a year of daily use made through the app's own engine (the
// generator of scripts/storage-year.ts: 200 cards, 50 reviews a day, 10 quiz answers a day,
// 365 days), stored as the app stores it: npm run bench loads it into the browser to time the
// store (issue 17).
//   npx tsx scripts/bench-year.ts
import { simulateYear } from './storage-year';

const year = simulateYear({ quizAnswersPerDay: 10 });
console.log(
	JSON.stringify({
		json: year.json,
		chars: year.chars,
		reviews: year.reviews,
		answers: year.data.attempts.length
	})
);
