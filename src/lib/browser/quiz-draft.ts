// The answer on screen before it is checked, kept for this tab in sessionStorage: a phone that
// discards a background tab reloads it, and a reload, and the learner finds on the question what
// they had chosen or typed. One quiz's question at a time; only a hint (QuizSession checks that it
// fits its question before using it), so where sessionStorage refuses it, nothing else is lost.
import { Response } from '$lib/model/schema';
import { quizDraftKey } from '$lib/storage/keys';

/** the answer being put together on one question of one stored quiz */
export interface KeptDraft {
	quizId: string;
	questionId: string;
	response: Response;
}

/** where a draft is kept between loads of the page: sessionStorage's, or a test's */
export interface DraftKeeper {
	save(draft: KeptDraft | undefined): void;
	load(): KeptDraft | undefined;
}

/**
 * A keeper over `storage` (the tab's sessionStorage in the browser). A draft that does not read
 * back as one (another version's, edited by hand) is none.
 */
export function draftKeeper(storage: () => Storage | undefined): DraftKeeper {
	return {
		save(draft) {
			try {
				if (draft) storage()?.setItem(quizDraftKey, JSON.stringify(draft));
				else storage()?.removeItem(quizDraftKey);
			} catch {
				// full or refused: the draft is lost on a reload, as it was before it was kept
			}
		},
		load() {
			try {
				const kept: unknown = JSON.parse(storage()?.getItem(quizDraftKey) ?? 'null');
				if (typeof kept !== 'object' || kept === null) return undefined;
				const { quizId, questionId, response } = kept as Record<string, unknown>;
				const parsed = Response.safeParse(response);
				if (typeof quizId !== 'string' || typeof questionId !== 'string' || !parsed.success)
					return undefined;
				return { quizId, questionId, response: parsed.data };
			} catch {
				return undefined;
			}
		}
	};
}

/**
 * the tab's sessionStorage, or undefined where touching it throws. Here, not beside localStorage's
 * in local-storage.ts: that module is in every first load, and this beside it split a chunk (a
 * ninth script on three pages)
 */
function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

/** the browser's keeper: this tab's sessionStorage */
export const tabDraftKeeper: DraftKeeper = draftKeeper(tabStorage);
