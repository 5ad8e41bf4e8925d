// The storage keys, with no validator attached, so every page can name them on its first load.

/** the one key everything is stored under; the version lives inside the envelope */
export const storageKey = 'biology-study:state';
export const snapshotPrefix = `${storageKey}:snapshot:`;
export const corruptPrefix = `${storageKey}:corrupt:`;

/**
 * localStorage's mark that the learner has progress to chart, kept beside the database, which no
 * script can read before the first paint: app.html's inline script reads it to paint /progress
 * (outside `storageKey`'s prefix, so the move of old snapshots never takes it)
 */
export const progressMarkerKey = 'biology-study:has-progress';

/**
 * localStorage's mark of the learner's quiz length where it is not a new learner's (10): a quiz
 * page's inline script reads it to paint the first screen at that length (FirstQuestion.svelte)
 */
export const quizLengthMarkerKey = 'biology-study:quiz-length';

/**
 * localStorage's mark of the sets the learner has begun a quiz at (one under way, or finished
 * before), by set id, space-separated: a quiz page's first screen gives way to a loading line where
 * the quiz that opens is one of these, as it will not open on the build's question (FirstQuestion.svelte)
 */
export const quizzesBegunMarkerKey = 'biology-study:quizzes-begun';

/** the name a backup file gives the app that wrote it (`app` in its envelope) */
export const appName = 'biology-of-an-llm-study';

/**
 * sessionStorage's answer being put together on a stored quiz's question, before it is checked
 * (browser/quiz-draft.ts): a phone that discards a tab in the background reloads it, and the
 * learner finds what they had chosen or typed
 */
export const quizDraftKey = 'biology-study:quiz-draft';
