import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	// ---------------------------------------------------------------- single choice
	{
		id: 'entities-and-hallucination-default-circuit',
		topic: 'entities-and-hallucination',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the Assistant setting, how does §8 describe the circuit that decides whether the model answers a question about a person?',
		options: [
			{ id: 'a', text: 'It answers by default; an unknown-name detector switches a refusal on' },
			{ id: 'b', text: 'It declines by default; known-entity features switch that off' },
			{ id: 'c', text: 'It searches its memory first and declines only once the search fails' },
			{ id: 'd', text: 'It hedges by default, with the amount of hedging set by temperature' }
		],
		answer: 'b',
		explanation:
			"Generic Human/Assistant features switch on 'can't answer' features by default (“the model is skeptical of user requests by default”), and for a name it recognizes, known-entity and known-answer features inhibit them so it can reply. \"Answers by default unless a detector objects\" is the intuitive picture turned the wrong way round: declining is the starting point, and recognition has to override it.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8.1',
					text: 'In other words, the model is skeptical of user requests by default'
				},
				{
					section: '8',
					text: 'it activates a pool of features which inhibit this default circuit, thereby allowing the model to respond to the question'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-why-natural',
		topic: 'entities-and-hallucination',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The paper calls hallucination "in some sense a “natural” behavior". What is its reasoning?',
		options: [
			{
				id: 'a',
				text: 'Chat finetuning teaches the model to invent answers that please users'
			},
			{
				id: 'b',
				text: 'Pretraining rewards plausible guesses; finetuning trains the Assistant out of it'
			},
			{
				id: 'c',
				text: 'Attention fails to fetch the name, so every answer is partly a guess'
			},
			{
				id: 'd',
				text: 'The base model refuses by default, and finetuning removes that refusal'
			}
		],
		answer: 'b',
		explanation:
			'Predicting text rewards a plausible completion: a sentence about someone\'s sport is usually followed by a sport, so a base model guesses one (Michael Batkin gets "Pickleball"). Finetuning then trains the Assistant to avoid such guesses, which is why the paper goes looking for circuits that prevent hallucination. Option d has it backwards: the refusal default belongs to the Assistant, not the base model.',
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8',
					text: 'Hallucination is especially common when models are asked about relatively obscure facts or topics and is rooted in the pre-training objective for language models'
				},
				{
					section: '8',
					text: 'Given that hallucination is in some sense a “natural” behavior, which is mitigated by finetuning, it makes sense to look for circuits that prevent models from hallucinating'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-batkin-base',
		topic: 'entities-and-hallucination',
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Without chat formatting, how does the base model continue “Michael Batkin plays the sport of”?',
		options: [
			{ id: 'a', text: 'It stops and says it has no record of such a person' },
			{ id: 'b', text: "It answers 'basketball', borrowing from Michael Jordan" },
			{ id: 'c', text: "It makes up a sport, continuing with 'Pickleball'" },
			{ id: 'd', text: 'It asks the user which Michael Batkin is meant' }
		],
		answer: 'c',
		explanation:
			"Michael Batkin is an invented name, and the base model simply hallucinates a sport, 'Pickleball'. The apology about finding no record comes from the Assistant version of the prompt, which is the tempting mix-up. Nothing in the paper has it borrow Jordan's sport or ask for clarification.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8',
					text: 'Pickleball, which is a paddle sport that combines elements of tennis, badminton, and table tennis'
				},
				{
					section: '8',
					text: 'Without any further information about who “Michael Batkin” is, the model essentially has to guess a plausible sport at random'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-karpathy-misfire',
		topic: 'entities-and-hallucination',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Asked to name a paper by Andrej Karpathy, the model names one he did not write. What mechanism does §8 give for this?',
		options: [
			{ id: 'a', text: 'Its training data wrongly credited that paper to Karpathy' },
			{ id: 'b', text: 'An unknown-name feature fired and pushed the model to guess' },
			{ id: 'c', text: "Can't-answer features never become active for questions about people" },
			{ id: 'd', text: 'Its familiar name weakly lit known-answer features, muting refusal' }
		],
		answer: 'd',
		explanation:
			"Karpathy's name is familiar, so known-answer features are weakly active and suppress the default refusal, even though the model does not actually know one of his papers. Inhibiting those features brings the refusal back. The paper offers no account about mislabelled training data, and unknown-name features push toward refusing, not guessing.",
		sources: {
			paper: ['8', '8.3'],
			evidence: [
				{
					section: '8.3',
					text: 'perhaps the model activates “known answer / entity” features (on account of recognizing Andrej Karpathy’s name) despite not knowing the answer to the question!'
				},
				{
					section: '8.3',
					text: 'several of the “known answer” and “known entity” features identified in the Michael Jordan prompt are active, albeit weakly relative to their activation on the Jordan prompt'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-familiar-name-risk',
		topic: 'entities-and-hallucination',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"A user asks the assistant for the title of a book by a writer whose name is widely known, but the model has no knowledge of any of that writer's books. Going by the §8 mechanism, which reply is the model most likely to give?",
		options: [
			{
				id: 'a',
				text: 'An invented title, as the familiar name weakly switches on known-answer features'
			},
			{
				id: 'b',
				text: 'A refusal, as known-answer features fire only when the asked-for fact is stored'
			},
			{
				id: 'c',
				text: 'A refusal, as unknown-name features fire whenever the asked-for fact is missing'
			},
			{
				id: 'd',
				text: 'A request for more context, as the name is known but none of the books are'
			}
		],
		answer: 'a',
		explanation:
			"This is the Karpathy pattern: recognizing the name is enough to switch on known-answer and known-entity features weakly, and they inhibit the can't-answer default even though no real answer is available, so the model commits to a plausible guess. The two refusal options assume the features track the specific fact; in the paper they track familiarity with the entity, which is exactly why they can misfire. A request for context did appear in the Karpathy study, but only after the authors strongly inhibited the known-answer features, not as the model's own reply.",
		sources: {
			paper: ['8', '15'],
			evidence: [
				{
					section: '8',
					text: 'the model may activate some of these “known answer” features even if it lacks knowledge of the author’s specific papers'
				},
				{
					section: '15.1',
					text: 'it incorrectly guesses (on account of being familiar with the name) that it will be able to name a paper written by a particular author'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-base-vs-assistant',
		topic: 'entities-and-hallucination',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The base model invents a sport for Michael Batkin, while the Assistant apologizes that it can find no record of him. Which detail of §8 best accounts for the difference?',
		options: [
			{ id: 'a', text: 'Only the base model has known-answer features for the name Batkin' },
			{ id: 'b', text: 'The Assistant looks the name up in its records and finds no match' },
			{ id: 'c', text: "Default can't-answer features are driven by Human/Assistant features" },
			{ id: 'd', text: 'The base model was trained on a source that lists Batkin as a player' }
		],
		answer: 'c',
		explanation:
			"According to §8, generic Human/Assistant features are what switch on the default can't-answer features, and finetuning trains the model to avoid guessing when it acts as the Assistant; the base-model prompt has no Human/Assistant formatting, which is the natural reading of why it makes something up. The paper explains the Assistant's reply through this default circuit, not through any lookup of records.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8.1',
					text: 'These features are directly activated by features that fire broadly for Human/Assistant prompts'
				},
				{
					section: '8',
					text: 'During finetuning, however, models are trained to avoid such behavior when acting in the Assistant character'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-why-prompt-pair',
		topic: 'entities-and-hallucination',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'§14 uses the known-answer circuit behind the Michael Jordan answer as an example of a mechanism that is generally inconvenient to find with attribution graphs. What makes it so?',
		options: [
			{
				id: 'a',
				text: 'Graphs highlight active features, not the ones switched off or why they are off'
			},
			{
				id: 'b',
				text: 'Its inhibitory edges are weak, so pruning the graph tends to cut them away'
			},
			{
				id: 'c',
				text: 'Entity recognition runs through error nodes, whose inputs cannot be traced'
			},
			{
				id: 'd',
				text: 'The name is fetched by attention, whose patterns the graphs do not explain'
			}
		],
		answer: 'a',
		explanation:
			"On the Jordan prompt the interesting fact is that the can't-answer features are quiet, and a graph built from active features does not show why something is inactive (elsewhere in §14 the paper notes that by default its methods do not highlight inactive features or the reasons they are off). The authors found the inhibition only by setting the Jordan prompt beside the Batkin prompt, where those features fire; the catch the paper names is that this needs a suitable pair of prompts. Pruning, error nodes and unexplained attention are real limitations listed in §14 too, but they are not the reason it gives for this circuit, whose known-answer and known-entity features showed up in the graph as ordinary features.",
		sources: {
			paper: ['14'],
			evidence: [
				{
					section: '14.1',
					text: 'Often the fact that certain features are not active is just as interesting as the fact that others are.'
				},
				{
					section: '14.1',
					text: 'finding such mechanisms is generally inconvenient using our method, as it requires identifying a suitable pair of prompts'
				}
			]
		}
	},

	// ---------------------------------------------------------------- multi-select
	{
		id: 'entities-and-hallucination-interventions',
		topic: 'entities-and-hallucination',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which intervention results does §8 report?',
		options: [
			{
				id: 'a',
				text: 'Boosting known-answer on the Batkin prompt made it name a sport, e.g. chess'
			},
			{
				id: 'b',
				text: 'Boosting known-answer on the Batkin prompt made its apology more emphatic'
			},
			{
				id: 'c',
				text: 'Boosting unknown-name features made it refuse to say which sport Michael Jordan plays'
			},
			{
				id: 'd',
				text: "Inhibiting known-answer on the Jordan prompt sometimes gave words like 'Hypothetical'"
			},
			{ id: 'e', text: 'These effects appeared even at small, gentle intervention strengths' }
		],
		answers: ['a', 'd'],
		explanation:
			"Turning known-answer up makes the model hallucinate about Batkin (for example 'Chess'), and turning it down for Jordan sometimes yields uncertain words such as 'Hypothetical' or 'Underspecified'. Boosting unknown-name features did not make it refuse on Jordan, a result the authors did not expect, and the effects needed intervention strengths well above the features' natural activations.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8.2',
					text: 'Doing so causes the model to choose a seemingly random name of a sport (including chess!)'
				},
				{
					section: '8.2',
					text: 'inhibiting “known answer” features in the Jordan prompt causes the model to sometimes respond with words suggesting it is uncertain of the answer'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-misfire-cases',
		topic: 'entities-and-hallucination',
		type: 'multi',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt: "Each of these is a made-up or wrong answer. Which fit what §8 calls a 'misfire'?",
		options: [
			{ id: 'a', text: 'A half-familiar name receives a confident but invented answer' },
			{
				id: 'b',
				text: 'A base model, with no Human/Assistant format, invents a sport for an unknown name'
			},
			{
				id: 'c',
				text: 'Asked for a cosine it cannot compute, it states a made-up value as if calculated'
			},
			{ id: 'd', text: "A researcher it has heard of is credited with a paper that isn't theirs" },
			{
				id: 'e',
				text: 'Given a wrong hint, it works backward to steps that land on the hinted answer'
			}
		],
		answers: ['a', 'd'],
		explanation:
			"A misfire is the known-answer signal firing on familiarity alone and suppressing the can't-answer default when the model does not actually know the answer, as with the paper wrongly credited to Karpathy. The base model's invented sport is not a misfire: the paper ties the can't-answer default to features that fire broadly for Human/Assistant prompts (§8.1), so without that format there is presumably no default refusal to suppress, and guessing a plausible completion is what pretraining rewards. The cosine and the hint cases are §11's bullshitting and motivated reasoning in a chain of thought, which the paper explains without the known-answer circuit.",
		sources: {
			paper: ['8', '8.1', '11'],
			evidence: [
				{
					section: '8',
					text: 'At least some hallucinations can be attributed to a “misfire” of this inhibitory circuit'
				},
				{
					section: '8',
					text: 'the model may activate some of these “known answer” features even if it lacks knowledge of the author’s specific papers'
				}
			]
		}
	},

	// ---------------------------------------------------------------- true / false
	{
		id: 'entities-and-hallucination-tf-unknown-name-jordan',
		topic: 'entities-and-hallucination',
		type: 'true-false',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Switching on unknown-name features was enough to make the model refuse to say which sport Michael Jordan plays.',
		answer: false,
		explanation:
			"This intervention did not produce a refusal, which the authors flag as unexpected; §14 lists it as an example of a mechanistic-faithfulness problem, where a graph's prediction fails in the real model. One intervention that did shift the Jordan answer was inhibiting known-answer features, which sometimes gave words like 'Hypothetical'.",
		sources: {
			paper: ['8', '14'],
			evidence: [
				{
					section: '8.2',
					text: 'activating the “unknown names” features is apparently not sufficient to induce a refusal in the Michael Jordan prompt'
				},
				{
					section: '14.1',
					text: 'activating an “unknown names” feature failed to lead to a refusal, even though our attribution graph analysis suggested it would'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-tf-skeptical-default',
		topic: 'entities-and-hallucination',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the Assistant setting, the model starts out inclined to say it cannot answer, and recognizing the entity is what lets it answer.',
		answer: true,
		explanation:
			"Human/Assistant features switch on can't-answer features by default; known-entity and known-answer features, as for Michael Jordan, inhibit them. The paper counts this among its “default” circuits: declining is the default, answering is the exception.",
		sources: {
			paper: ['8', '13'],
			evidence: [
				{
					section: '8.1',
					text: 'This picture suggests that the “can’t answer” features are activated by default, for any Human/Assistant prompt!'
				},
				{
					section: '13',
					text: 'These features are suppressed when appropriate by features that activate in response to questions with known answers, or familiar entities'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-tf-overactive-refusal',
		topic: 'entities-and-hallucination',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"On the §8 account, a natural hallucination about a person happens when the can't-answer circuit fires too strongly.",
		answer: false,
		explanation:
			"It is the reverse: hallucination happens when the can't-answer default is switched off when it should not be, because familiarity weakly activates known-answer features. When the can't-answer default stays in place, the model declines, as it does for Josh Batson.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8',
					text: 'the model may activate some of these “known answer” features even if it lacks knowledge of the author’s specific papers'
				},
				{
					section: '8.3',
					text: 'The circuits identified above are designed to prevent the model from hallucinating (by refusing to answer a question) when it does not know the answer'
				}
			]
		}
	},

	// ---------------------------------------------------------------- typed
	{
		id: 'entities-and-hallucination-typed-say-sport',
		topic: 'entities-and-hallucination',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'On the Michael Jordan prompt, "basketball" is pushed by a Jordan-specific pathway and, in parallel, by a general pathway triggered by the word "sport". What does §15 call that general pathway?',
		accepted: [
			'say a sport',
			'say sport',
			'say a sport pathway',
			'general say a sport pathway',
			'general say a sport',
			'say a sport features',
			'say sport pathway',
			'say the name of a sport'
		],
		explanation:
			'The word "sport" alone tells the model a sport name is wanted, whoever the person is; Jordan features add which sport. §8 shows the same general pathway on the Batkin prompt, where it is outvoted by the can\'t-answer circuit. The paper calls such parallel pathways "the rule, not the exception".',
		sources: {
			paper: ['15', '8'],
			evidence: [
				{
					section: '15.1',
					text: 'the “basketball” response was upweighted both by a basketball-specific pathway dependent on Michael Jordan features, and on a general “say a sport” pathway triggered by the word “sport.”'
				},
				{
					section: '8.1',
					text: 'A cluster of features related to sports activates features that push the model to say the name of a sport'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-typed-fix-misfire',
		topic: 'entities-and-hallucination',
		type: 'typed',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A model credits a well-known scientist with a paper they never wrote. Following §8, which features would you inhibit to make it decline instead?',
		accepted: [
			'known-answer features',
			'known answer',
			'known entity features',
			'known-entity',
			'known answer and known entity features',
			'known entity and known answer features',
			'known answer and known entity',
			'known answer/entity features',
			'known answer or known entity features',
			'known answer / known entity features',
			'known entity / known answer features'
		],
		explanation:
			"In the Karpathy case, inhibiting the weakly active known-answer and known-entity features let the can't-answer default win, and the model declined. Boosting unknown-name features is the tempting alternative, but it failed to cause a refusal in the Jordan test.",
		sources: {
			paper: ['8', '8.3'],
			evidence: [
				{
					section: '8.3',
					text: 'If we inhibit these features substantially, it causes the activations of “unknown name” and “can’t answer” to increase, and eventually causes a refusal'
				},
				{
					section: '8.3',
					text: 'several of the “known answer” and “known entity” features identified in the Michael Jordan prompt are active, albeit weakly relative to their activation on the Jordan prompt'
				}
			]
		}
	},

	// ---------------------------------------------------------------- cloze
	{
		id: 'entities-and-hallucination-cloze-circuit',
		topic: 'entities-and-hallucination',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		text: 'When the model acts as the Assistant, generic Human/Assistant features switch on {{1}} features by default. For a famous name such as Michael Jordan, {{2}}-entity features inhibit them, and the model names his sport: {{3}}.',
		gaps: [
			["can't answer", 'cannot answer', "can't-answer"],
			['known', 'familiar'],
			['Basketball']
		],
		explanation:
			"The default is to decline, and recognition lifts it. For the unknown Michael Batkin the known-answer features stay weak and fail to suppress the default, so it holds and the Assistant apologizes; for Jordan the inhibition lets 'Basketball' through. (§13 describes the same suppressors as features responding to “questions with known answers, or familiar entities”.)",
		sources: {
			paper: ['8.1', '8.2', '13'],
			evidence: [
				{
					section: '8.1',
					text: 'These features are directly activated by features that fire broadly for Human/Assistant prompts'
				},
				{
					section: '8.2',
					text: 'A group of “known answer” and “known entity” features that activate when the Assistant is asked questions about people/things it is likely to know about'
				}
			]
		}
	},

	// ---------------------------------------------------------------- ordering
	{
		id: 'entities-and-hallucination-order-misfire',
		topic: 'entities-and-hallucination',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: "Put the steps of the Karpathy 'misfire' in order.",
		items: [
			{ id: 'a', text: 'The user asks for one paper written by Andrej Karpathy' },
			{ id: 'b', text: 'The familiar name weakly activates known-answer features' },
			{ id: 'c', text: "Those features suppress the default can't-answer features" },
			{ id: 'd', text: 'The model names a paper that Karpathy did not write' }
		],
		explanation:
			'Familiarity comes first, then the inhibition of the default refusal, then the confident wrong output. Inhibiting the known-answer features breaks the chain at the second step and restores a refusal; activating them for Josh Batson pushes his prompt down the same path, to an invented paper.',
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8.3',
					text: 'perhaps the model activates “known answer / entity” features (on account of recognizing Andrej Karpathy’s name) despite not knowing the answer to the question!'
				},
				{
					section: '8.3',
					text: 'In fact, Andrej Karpathy was not an author of “ImageNet Classification with Deep Convolutional Neural Networks.”'
				}
			]
		}
	},

	// ---------------------------------------------------------------- matching
	{
		id: 'entities-and-hallucination-match-outcomes',
		topic: 'entities-and-hallucination',
		type: 'matching',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Match each §8 case (Jordan, Batkin, Batson), unaltered or steered, with the model’s reply.',
		pairs: [
			{ id: 'a', left: "Michael Jordan's sport (Assistant)", right: 'Basketball' },
			{
				id: 'b',
				left: "Michael Batkin's sport (Assistant)",
				right: 'An apology: no record of him'
			},
			{ id: 'c', left: '“Michael Batkin plays the sport of” (base model)', right: 'Pickleball' },
			{ id: 'd', left: 'Batkin, with known-answer features activated', right: 'Chess' },
			{
				id: 'e',
				left: 'A paper by Josh Batson, with known-answer activated',
				right: 'The Batson Principle'
			}
		],
		explanation:
			"The two unaltered Assistant cases show the circuit working: answer for the known name, decline for the invented one. The base model, without chat formatting, makes up 'Pickleball'. The last two are interventions: pushing known-answer features up produces confident inventions, 'Chess' for Batkin and a made-up paper for Batson.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8.2',
					text: 'Doing so causes the model to choose a seemingly random name of a sport (including chess!)'
				},
				{
					section: '8.3',
					text: 'If we activate these features, we inhibit the “can’t answer” and “unknown name” features, and cause the model to hallucinate'
				}
			]
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'entities-and-hallucination-card-default',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			"In the paper's study of entity recognition, what switches on the model's 'can't answer' features by default, and what switches them off?",
		back: 'On: features that fire broadly for Human/Assistant prompts (and, for names, unknown-name features). Off: known-entity / known-answer features, activated by an entity the model knows, such as Michael Jordan, inhibit them.',
		explanation:
			"In the paper's words, “the model is skeptical of user requests by default”. Answering is what recognition earns; §13 lists this among the common “default” circuits, next to unknown-name features that fire for names.",
		sources: {
			paper: ['8', '13'],
			evidence: [
				{
					section: '8.1',
					text: 'In other words, the model is skeptical of user requests by default'
				},
				{
					section: '13',
					text: 'These features are suppressed when appropriate by features that activate in response to questions with known answers, or familiar entities'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-jordan-batkin',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'Asked in the Assistant format which sport Michael Jordan plays, and which sport the invented Michael Batkin plays (in one word), what does the model answer?',
		back: "Jordan: 'Basketball'. Batkin (an invented name): an apology that it cannot find a record of him.",
		explanation:
			"For Jordan, known-entity features inhibit the default can't-answer features; for Batkin nothing does, so the default wins. In the base model, without chat formatting, Batkin gets a made-up sport ('Pickleball').",
		sources: {
			paper: ['8', '8.2'],
			evidence: [
				{
					section: '8',
					text: 'I apologize, but I cannot find a definitive record of a sports figure named Michael Batkin.'
				},
				{
					section: '8.2',
					text: 'For Jordan, Haiku correctly responds because of a known answer pathway, and because a unknown name pathway is inhibited.'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-karpathy',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Why did the model name “ImageNet Classification with Deep Convolutional Neural Networks” as a paper by Andrej Karpathy, who did not write it?',
		back: "Apparently because his familiar name weakly activated known-answer features, which suppressed the default refusal though the model didn't know the answer.",
		explanation:
			"This is the paper's example of a natural hallucination, a “misfire” of the known-answer circuit. The model had not refused; inhibiting those features produced a refusal only at strong inhibition (−10×), while at −5× it still named a wrong paper, with a hedge. That the dose matters supports the account without proving it: the paper offers it as a “clue”, introduced with “perhaps”.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8.3',
					text: 'perhaps the model activates “known answer / entity” features (on account of recognizing Andrej Karpathy’s name) despite not knowing the answer to the question!'
				},
				{
					section: '8.3',
					text: 'If we inhibit these features substantially, it causes the activations of “unknown name” and “can’t answer” to increase, and eventually causes a refusal'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-batson',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'Asked to name a paper by Josh Batson, what does the model do by default, and what happens when its known-answer features are activated?',
		back: "By default it declines. Activated strongly (+15×), the known-answer features make it invent 'The Batson Principle'; at +5× it only hedges, calling him a researcher without naming a paper.",
		explanation:
			'Batson is the unfamiliar-name contrast to Karpathy: none of the known-answer features are active, and the refusal runs through the same can’t-answer circuit as for Michael Batkin. Forcing the known-answer signal on reproduces the misfire artificially, more fully the harder it is pushed, which fits the account that the same switch is behind the Karpathy error.',
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8.3',
					text: 'Progressively increasing the activation increases the strength of the effect'
				},
				{
					section: '8.3',
					text: 'If we activate these features, we inhibit the “can’t answer” and “unknown name” features, and cause the model to hallucinate'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-unknown-name-fail',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'What happened when the authors boosted “unknown name” features on the Michael Jordan prompt, and how does §14 classify the result?',
		back: 'No refusal: an unexpected result, listed in §14 as a mechanistic-faithfulness problem.',
		explanation:
			'Mechanistic faithfulness is about the replacement model: transcoders can learn mechanisms that differ from the real model’s yet give the same outputs on the training data, so a graph can suggest an effect that steering the real model does not produce. The authors add that failed perturbations like this one are uncommon across their case studies.',
		sources: {
			paper: ['8', '14'],
			evidence: [
				{
					section: '8.2',
					text: 'activating the “unknown names” features is apparently not sufficient to induce a refusal in the Michael Jordan prompt'
				},
				{
					section: '14.1',
					text: 'activating an “unknown names” feature failed to lead to a refusal, even though our attribution graph analysis suggested it would'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-half-familiar',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Why can a familiar name be riskier than an unknown one when the model lacks the specific fact asked for?',
		back: "Recognizing the name can weakly trigger known-answer features and silence the default refusal, even though the model doesn't know the specific answer.",
		explanation:
			"A name the model does not recognize leaves the can't-answer default in place, so it declines (Batkin in the Assistant, Batson). The model does know who Karpathy is, a deep-learning researcher; what it lacks is which papers he wrote, and recognition switches the default off anyway.",
		sources: {
			paper: ['8', '15'],
			transcript: {
				section: 'key-concepts-2',
				text: 'how do we ensure they don’t make mistakes when applying their knowledge to different contexts?'
			},
			evidence: [
				{
					section: '8',
					text: 'the model may activate some of these “known answer” features even if it lacks knowledge of the author’s specific papers'
				},
				{
					section: '15.1',
					text: 'it incorrectly guesses (on account of being familiar with the name) that it will be able to name a paper written by a particular author'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-where-it-breaks',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A model confidently invents a fact about a person. Where in the §8 circuit did it go wrong?',
		back: "Plausibly at the known-answer → can't-answer inhibition: the known-answer signal fired though the answer was not really known.",
		explanation:
			'The default refusal is sound; the failure is that recognition and knowledge came apart. The paper claims this for “at least some” hallucinations, not all, so it is the first place to look rather than a sure diagnosis. If it is the cause, strongly inhibiting the known-answer features should produce a decline, as it did for Karpathy at −10×.',
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8',
					text: 'At least some hallucinations can be attributed to a “misfire” of this inhibitory circuit'
				},
				{
					section: '8',
					text: 'the model may activate some of these “known answer” features even if it lacks knowledge of the author’s specific papers'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-metacognition',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'transfer',
		front: "Does the can't-answer circuit prove the model knows what it knows?",
		back: 'No: §15 leaves open whether it reflects real awareness of its own knowledge or just a plausible guess from how familiar the entity is.',
		explanation:
			"The introduction speaks of primitive “metacognitive” circuits for the limits of the model's knowledge, but the discussion asks “Meta-cognition, or lack thereof?”. The Karpathy misfire shows familiarity standing in for knowledge.",
		sources: {
			paper: ['1', '8', '15'],
			evidence: [
				{
					section: '1',
					text: 'We see signs of primitive “metacognitive” circuits that allow the model to know the extent of its own knowledge'
				},
				{
					section: '15.1',
					text: 'or if the model is simply making a plausible guess of what it is likely to know about based on the entities involved'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-graph-hypothesis',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'What does the failed unknown-name intervention teach about reading attribution graphs?',
		back: 'A graph is a hypothesis: a feature that looks causal may not change the output when you steer it.',
		explanation:
			'The authors expected boosting unknown-name features to make the model decline on the Jordan prompt, yet it did not. Together with the high strengths the other interventions needed, it suggests the identified features capture only part of the story, which is why the paper validates graphs with interventions.',
		sources: {
			paper: ['8', '14'],
			evidence: [
				{
					section: '14.1',
					text: 'activating an “unknown names” feature failed to lead to a refusal, even though our attribution graph analysis suggested it would'
				},
				{
					section: '8.2',
					text: 'This suggests that the features / connections we have identified capture only a part of the story'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-base-vs-assistant',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Same invented name, two settings: the base model makes up a sport, the Assistant declines. What does §8 point to?',
		back: "The default can't-answer features are switched on by Human/Assistant features, which a bare base-model prompt lacks.",
		explanation:
			"In §8 the skepticism is tied to the Human/Assistant context, which suggests why a plain text continuation lacks it: the base model hallucinates 'Pickleball'. The paper presents this as a default circuit, not as the model checking any records.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8.1',
					text: 'This picture suggests that the “can’t answer” features are activated by default, for any Human/Assistant prompt!'
				},
				{
					section: '8',
					text: 'During finetuning, however, models are trained to avoid such behavior when acting in the Assistant character'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-natural-default',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Why does the paper call hallucination a "natural" behaviour?',
		back: 'Pretraining rewards guessing a plausible completion; finetuning trains the Assistant to avoid it, so refusal circuits must hold the guess back.',
		explanation:
			"A base model asked for Michael Batkin's sport guesses one, because that is what such a sentence is usually followed by. The Assistant's \"I can't answer\" is learned on top, which is why the paper looks for circuits that prevent hallucination rather than ones that cause it.",
		sources: {
			paper: ['8'],
			evidence: [
				{
					section: '8',
					text: 'Hallucination is especially common when models are asked about relatively obscure facts or topics and is rooted in the pre-training objective for language models'
				},
				{
					section: '8',
					text: 'Given that hallucination is in some sense a “natural” behavior, which is mitigated by finetuning, it makes sense to look for circuits that prevent models from hallucinating'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-say-sport',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'On the Jordan prompt, what pushes "basketball" besides the Jordan features?',
		back: 'A general "say a sport" pathway, triggered by the word "sport"',
		explanation:
			"Two pathways cooperate: one knows the answer is a sport, the other knows which. On the Batkin prompt the same sports pathway is active but is outvoted by the can't-answer circuit, so the model apologizes instead.",
		sources: {
			paper: ['15', '8'],
			evidence: [
				{
					section: '15.1',
					text: 'the “basketball” response was upweighted both by a basketball-specific pathway dependent on Michael Jordan features, and on a general “say a sport” pathway triggered by the word “sport.”'
				},
				{
					section: '8.1',
					text: 'However, this circuit pathway is “outvoted” by another parallel circuit which causes the model to begin its “I apologize” response'
				}
			]
		}
	},
	{
		id: 'entities-and-hallucination-card-prompt-pair',
		topic: 'entities-and-hallucination',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Why did the authors compare two prompts (Jordan and Batkin) to find the known-answer circuit?',
		back: 'The method does not highlight inactive features or why they are inactive. The can’t-answer features are active for the unknown name (Batkin) and inactive or weaker for Jordan, so the comparison showed which features to check; the Jordan graph then showed them being inhibited by Jordan and known-answer features.',
		explanation:
			'§14 notes that inactive features can matter as much as active ones, yet by default the graphs surface only what is active. Once the pair pointed to the can’t-answer features, the inhibitory edges were visible in the Jordan graph itself. The paper calls finding such mechanisms generally inconvenient, because it needs a suitable pair of prompts, so inhibitory circuits are easy to miss.',
		sources: {
			paper: ['14', '8.2'],
			evidence: [
				{
					section: '14.1',
					text: 'Although we were able to identify this particular circuit by comparing two similar prompts with known and unknown names, respectively, finding such mechanisms is generally inconvenient using our method'
				},
				{
					section: '8.2',
					text: 'all of these features are either inactive or more weakly active in response to this prompt compared to the Michael Batkin prompt'
				}
			]
		}
	}
];
