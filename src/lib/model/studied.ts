// What "flashcards studied" counts, wherever it is said (/progress, /data, the snapshots, the
// import preview): one definition, so the pages agree.

/**
 * Whether a card has been studied: reviewed at least once, in the log or by its state's count
 * (a backup may hold states whose log was left out). A card a missed quiz question brought into
 * review has a state before it is ever shown, and is not studied until it is reviewed.
 */
export function studiedCardIds(data: {
	reviewLog: readonly { cardId: string }[];
	cards: readonly { cardId: string; reps: number }[];
}): Set<string> {
	const studied = new Set(data.reviewLog.map((r) => r.cardId));
	for (const card of data.cards) if (card.reps > 0) studied.add(card.cardId);
	return studied;
}
