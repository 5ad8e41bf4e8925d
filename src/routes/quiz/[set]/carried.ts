/**
 * What the learner did on the build's first screen before the quiz had come (on a slow phone the
 * options can be picked before the quiz's code arrives): the live quiz keeps it, so nothing done
 * is lost when it takes the first screen's place.
 */
export interface CarriedChoices {
	/** the question the first screen showed; the picks apply only if the quiz opens on it */
	questionId: string;
	/** the options picked, by id */
	picked: string[];
	/** a length chosen other than the one the first screen showed */
	length?: string;
	/** the id of the element that had the focus: the live one with that id gets it */
	focused?: string;
}
