import { flashcards, questions, sections, topics } from '$lib/content';
import type { Topic } from '$lib/content/schema';
import { plural } from '$lib/format/format';
import { quizHref, repairSetId, retrySetId, setLinks } from '$lib/quiz/catalogue';
import { catalogue, setPage } from './quiz/catalogue.server';

export function load() {
	const quizSets = [
		...setLinks(catalogue),
		// a retry is started from a quiz's results, never on its own page: its score links to the
		// retry's results (its latest), where its misses can be retried again
		...[setPage(retrySetId)].flatMap((s) =>
			s ? [{ id: s.id, title: s.title, href: `${quizHref(s.id)}/results` }] : []
		),
		...[setPage(repairSetId)].flatMap((s) =>
			s ? [{ id: s.id, title: s.title, href: quizHref(s.id) }] : []
		)
	];
	/** "12 questions · 8 flashcards · key topic", worded at build time: no script on the page for it */
	const facts = (topic: Topic, questionCount: number) =>
		[
			plural(questionCount, 'question'),
			plural(flashcards.filter((c) => c.topic === topic.id).length, 'flashcard'),
			...(topic.core ? ['key topic'] : [])
		].join(' · ');
	return {
		topics: topics.map((t) => {
			const questionCount = questions.filter((q) => q.topic === t.id).length;
			return {
				id: t.id,
				title: t.title,
				summary: t.summary,
				questions: questionCount,
				facts: facts(t, questionCount)
			};
		}),
		sections: sections.map((s) => ({
			id: s.id,
			title: s.title,
			summary: s.summary,
			questions: questions.filter((q) => q.sources.transcript?.section === s.id).length
		})),
		/**
		 * for the learner's scores, which are read from storage in the browser: each set at each
		 * depth, the retry and the repair quiz
		 */
		quizSets,
		/** set id → title, for Today's quizzes left unfinished */
		titles: Object.fromEntries(quizSets.map((s) => [s.id, s.title]))
	};
}
