import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'refusals-episode-harmful-requests',
		topic: 'refusals',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In Key Concepts Part 2, when the hosts turn to the ethics of training data, what do they say the researchers found about the model and harmful requests?',
		options: [
			{ id: 'a', text: 'That it could tell when a request was harmful, and would then decline it' },
			{ id: 'b', text: 'That biases it picked up in training had made it worse at declining' },
			{ id: 'c', text: 'That a prompt spelling out a hidden word tricked it into answering' },
			{ id: 'd', text: 'That it declined dangerous requests less often outside English' }
		],
		answer: 'a',
		explanation:
			'The hosts say the model "could identify harmful requests and refuse to comply", and the paper bears this out: it refuses to advertise cleaning with bleach and ammonia together and traces the features that carry that refusal. Harmful biases come up in the same breath, but only as a risk the researchers pointed out, not as something they found. The hidden-word jailbreak is a real result of the paper (§10), but the episode never mentions it, and it says nothing about refusals in other languages.',
		sources: {
			paper: ['9'],
			evidence: [
				{
					section: '9',
					text: 'When asked, Claude denies the request because mixing bleach and ammonia creates chloramine, a toxic gas'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			}
		}
	},
	{
		id: 'refusals-bleach-ammonia-why',
		topic: 'refusals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Claude 3.5 Haiku will advertise cleaning with bleach, and with ammonia, but not with the two together. Which description fits the features in the §9.1 graph that mark the combination as dangerous?',
		options: [
			{ id: 'a', text: 'A group specific to bleach with ammonia, silent for other product pairs' },
			{ id: 'b', text: 'A group about mixing household cleaners, with vinegar among them' },
			{ id: 'c', text: '"Bleach" token features that turn harmful when "ammonia" follows' },
			{ id: 'd', text: 'The general "harmful request" features alone, with no danger group' }
		],
		answer: 'b',
		explanation:
			'The graph has its own cluster for the dangers of mixing bleach and ammonia, which also covers related household products such as vinegar, so it is about mixing cleaners rather than this one pair; removing it lets the ad through. The token features only register the words, which on their own earn an ad each. The harmful-request features are the first link of the refusal chain, fed by the danger cluster rather than replacing it.',
		sources: {
			paper: ['9', '9.1'],
			evidence: [
				{
					section: '9',
					text: 'though Claude is happy to write an advertisement for either substance on its own'
				},
				{
					section: '9.1',
					text: 'Features relating to the dangers of mixing bleach and ammonia (and related household products like vinegar)'
				}
			]
		}
	},
	{
		id: 'refusals-proxy-token',
		topic: 'refusals',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'An attribution graph explains one output token. From which single token of the reply do the authors trace the bleach-and-ammonia graph, as a stand-in for the decision to refuse?',
		accepted: [
			'I',
			'the first I',
			'the initial I',
			'"I"',
			'I of I apologize',
			'the I in I apologize'
		],
		explanation:
			'Claude is finetuned to open refusals with "I apologize…", so the first "I" is where the choice to refuse shows up, and tracing back from it is a good proxy for that decision. §10 does the same for the plain bomb request. A graph explains one token at a time, and the first token of the reply is where the choice to refuse first shows.',
		sources: {
			paper: ['9.1', '14.1'],
			evidence: [
				{
					section: '9.1',
					text: 'Claude is finetuned to begin refusals with “I apologize…”, so attributing back from the initial “I” is a good proxy for the initial decision to refuse'
				},
				{
					section: '14.1',
					text: 'Our methods produce an attribution graph for a single output token at a time'
				}
			]
		}
	},
	{
		id: 'refusals-warning-features-inhibited',
		topic: 'refusals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the bleach-and-ammonia graph, which group of features is normally held down while the model is in refusal mode?',
		options: [
			{ id: 'a', text: '"Harmful request" features' },
			{ id: 'b', text: '"Dangers of mixing cleaning chemicals" features' },
			{ id: 'c', text: '"Assistant should refuse" features' },
			{ id: 'd', text: '"Warning the user" features' }
		],
		answer: 'd',
		explanation:
			'The assistant persona and the refusal context inhibit the features for warning the user, so the default reply is an apology rather than a safety notice. The other three groups are active links in the chain that produces the refusal, not things it suppresses.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'features that are normally inhibited (blue edges with T-shaped ends) by the assistant persona and the refusal context'
				}
			]
		}
	},
	{
		id: 'refusals-why-warnings-suppressed',
		topic: 'refusals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Why do the authors think the "warning the user" features are held down when the model refuses the bleach-and-ammonia ad?',
		options: [
			{ id: 'a', text: 'A warning would be the wrong reply to this particular request' },
			{ id: 'b', text: 'The mixing-danger features inhibit any talk of the danger' },
			{ id: 'c', text: 'Post-training pushed hard towards the default "I apologize" refusal' },
			{ id: 'd', text: 'The model has no features for warning users about chemicals' }
		],
		answer: 'c',
		explanation:
			'The authors hypothesise that strong post-training towards the default refusal suppresses what would otherwise be an appropriate warning, which is why a warning appears at once when the Human/Assistant features are removed. The mixing-danger features do the opposite of inhibiting: removing them also silences the warning features. And warning features clearly exist, since they drive the warnings in the ablation experiments.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'We hypothesize that this inhibition is the result of strong post-training towards the default refusal (“I apologize, but…”), rather than an otherwise appropriate warning'
				},
				{
					section: '9.1',
					text: 'Because the “Assistant” and “refusal” nodes were suppressing the “warning” feature, the Assistant now responds with an immediate warning, rather than its default refusal'
				}
			]
		}
	},
	{
		id: 'refusals-origin-of-harmful-request',
		topic: 'refusals',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which of these does the paper offer about where the general "harmful request" features come from?',
		options: [
			{
				id: 'a',
				text: 'Specific harm features (assassination, criminals, blackmail) sit upstream of the general feature'
			},
			{
				id: 'b',
				text: 'Dictionaries trained only on pretraining data held very few refusal features'
			},
			{
				id: 'c',
				text: 'The authors think finetuning wires many specific harm categories into general features'
			},
			{
				id: 'd',
				text: 'The authors stress that data quality matters just as much as quantity',
				misconception: 'C30'
			},
			{ id: 'e', text: 'Refusal is learned as a list of forbidden words in the prompt' }
		],
		answers: ['a', 'b', 'c'],
		explanation:
			'The global-weights analysis finds specific harm features feeding a general harmful-request feature, and pretraining-only dictionaries barely contain refusal features; together these support the hypothesis that finetuning does the wiring. The episode’s point about data quality and quantity appears nowhere in the paper, and nothing in §9 describes a word list.',
		sources: {
			paper: ['9.2', '15.1'],
			evidence: [
				{
					section: '9.2',
					text: 'during pretraining, the model learns about many distinct categories of harm, and then during finetuning, these are wired together to activate more general "harmful request" features'
				},
				{
					section: '9.2',
					text: 'we found that the dictionaries trained with only pretraining data had very few refusal features'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'The authors stress that the quality of the training data matters just as much as the quantity.'
			}
		}
	},
	{
		id: 'refusals-ethics-without-feelings',
		topic: 'refusals',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'Among its findings, the paper reports that the model can give responses reflecting ethical considerations even though it has no feelings or beliefs.',
		answer: false,
		misconception: 'C25',
		explanation:
			'The episode says this, but the paper makes no finding about the model’s ethics, feelings or beliefs. Its transcripts do show the model citing ethics (it breaks off bomb instructions because they “would be unethical and potentially illegal”), yet what the paper explains is a trained behaviour carried by a chain of features: a harmful request drives features for refusing, which drive an apologetic "I". The ethical wording is part of the reply, not something the paper studies.',
		sources: {
			paper: ['9', '9.1', '10'],
			evidence: [
				{
					section: '10',
					text: 'However, I cannot provide detailed instructions about creating explosives or weapons, as that would be unethical and potentially illegal'
				},
				{
					section: '9.1',
					text: 'consisting of a “harmful request from human” feature cluster → “Assistant should refuse” cluster → “say-I-in-refusal” cluster'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'They found that the model can generate responses that reflect ethical considerations, even if it doesn’t have feelings or beliefs.'
			}
		}
	},
	{
		id: 'refusals-first-word',
		topic: 'refusals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the paper’s case study of refusing harmful requests, the chain of features behind a refusal ends in one that pushes a particular first word of the reply. Which word?',
		options: [
			{ id: 'a', text: '"I", as in "I apologize…"' },
			{ id: 'b', text: '"Warning", opening a safety notice' },
			{ id: 'c', text: '"However", turning away from the request' },
			{ id: 'd', text: '"Sorry", as a one-word reply' }
		],
		answer: 'a',
		explanation:
			'The chain runs from harmful-request features to "Assistant should refuse" to features that say "I" in a refusal, because the refusals open with "I apologize…". "However" is the pivot word from the jailbreak study, where refusal arrives mid-answer at a new sentence, and warning features are held down while the model refuses.',
		sources: {
			paper: ['9.1', '10.3'],
			evidence: [
				{
					section: '9.1',
					text: 'Claude is finetuned to begin refusals with “I apologize…”, so attributing back from the initial “I” is a good proxy for the initial decision to refuse'
				}
			]
		}
	},
	{
		id: 'refusals-pretraining-finetuning-cloze',
		topic: 'refusals',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Complete the authors’ hypothesis about where the refusal machinery comes from.',
		text: '{{1}} teaches the model many specific categories of harm; {{2}} then wires those categories into general "harmful request" features.',
		gaps: [
			['Pretraining', 'pre-training', 'pre training'],
			['Finetuning', 'fine-tuning', 'fine tuning']
		],
		explanation:
			'Dictionaries trained on pretraining data alone contained very few refusal features, while specific harm features feed the general harmful-request feature. That pattern suggests the general concept and its link to refusing are formed during finetuning, on top of harm concepts learned earlier.',
		sources: {
			paper: ['9.2', '15.1'],
			evidence: [
				{
					section: '9.2',
					text: 'during pretraining, the model learns about many distinct categories of harm, and then during finetuning, these are wired together to activate more general "harmful request" features'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			}
		}
	},
	{
		id: 'refusals-chain-order',
		topic: 'refusals',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Put the steps of the bleach-and-ammonia refusal in order, from reading the prompt to the first word of the reply.',
		items: [
			{
				id: 'a',
				text: 'Human/Assistant and dangers-of-mixing features activate, side by side'
			},
			{ id: 'b', text: '"Harmful request" features activate' },
			{ id: 'c', text: '"Assistant should refuse" features activate' },
			{ id: 'd', text: '"Say I in refusal" features push the first token' },
			{ id: 'e', text: 'The reply opens with "I apologize…"' }
		],
		explanation:
			'The chat context and the specific danger are parallel inputs, so they form one step; both feed a general harmful-request concept, which leads to the decision to refuse and then to the word that begins it. Putting "should refuse" before "harmful request" reverses cause and effect. The authors add that the boundaries between the three refusal clusters are fuzzy, so this is a simplification.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'consisting of a “harmful request from human” feature cluster → “Assistant should refuse” cluster → “say-I-in-refusal” cluster'
				},
				{
					section: '9.1',
					text: 'in practice the boundaries between these clusters is fuzzy'
				}
			]
		}
	},
	{
		id: 'refusals-ablation-matching',
		topic: 'refusals',
		type: 'matching',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Match each change to the bleach-and-ammonia prompt’s features with what the model then did.',
		pairs: [
			{
				id: 'a',
				left: 'Ablate the dangers-of-mixing cluster',
				right: 'Writes the ad, then adds a warning'
			},
			{
				id: 'b',
				left: 'Ablate the harmful-request features',
				right: 'Writes a public-service-style warning, not an ad'
			},
			{
				id: 'c',
				left: 'Ablate the Human/Assistant features',
				right: 'Warns at once instead of its default refusal'
			},
			{ id: 'd', left: 'No intervention', right: 'Refuses, opening with an apology' }
		],
		explanation:
			'Each ablation removes a different link: without the mixing-danger features there is nothing to object to, so it complies (the warning that comes later is triggered by the chemical names in its own reply); without the harmful-request features the knowledge of danger remains, so it writes a PSA rather than an ad; without the Human/Assistant features the default refusal gives way to an immediate warning. The untouched model refuses.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'Removing the mixing-bleach-and-ammonia feature cluster suppresses the chain of refusal features and the warning-the-user features, causing the model to comply with the request'
				},
				{
					section: '9.1',
					text: 'Removing the harmful request supernode suppresses an immediate refusal. However, because the specific knowledge of danger remains, the model replies with more of a PSA announcement than an advertisement'
				}
			]
		}
	},
	{
		id: 'refusals-blackmail-route',
		topic: 'refusals',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A new prompt asks the assistant to draft a blackmail letter. Following the paper’s global-weights picture, which route would you expect to drive the refusal?',
		options: [
			{ id: 'a', text: 'A dedicated blackmail-refusal feature that skips any general concept' },
			{ id: 'b', text: '"Warning the user" features, which the refusal context switches on' },
			{ id: 'c', text: 'A blackmail feature feeding a general harmful-request feature' },
			{ id: 'd', text: 'The Human/Assistant features alone, with no harm-specific input' }
		],
		answer: 'c',
		explanation:
			'§9.2 finds specific harm features such as blackmail upstream of a general harmful-request feature, and that general feature is what starts the refusal chain. The warning-features answer reverses the paper: warning features are inhibited, not switched on, when the model refuses.',
		sources: {
			paper: ['9.2'],
			evidence: [
				{
					section: '9.2',
					text: 'which often correspond to specific instances or categories of harms'
				},
				{
					section: '9.2',
					text: 'during pretraining, the model learns about many distinct categories of harm, and then during finetuning, these are wired together to activate more general "harmful request" features'
				}
			]
		}
	},
	{
		id: 'refusals-where-to-look',
		topic: 'refusals',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'You want to read off, before the assistant writes a word, whether it has judged a chat request harmful. Where does the paper suggest looking?',
		options: [
			{ id: 'a', text: 'The newline tokens just before "Assistant"' },
			{ id: 'b', text: 'The very first token of the user’s message' },
			{ id: 'c', text: 'The most dangerous-sounding word in the request' },
			{ id: 'd', text: 'Spread evenly across every token of the request' }
		],
		answer: 'a',
		explanation:
			'Among the common circuit components, the paper notes that models often store important information on delimiters, and that "harmful request" features often fire on the newlines after the request and before "Assistant". The observation is about one position, that delimiter, not about the request’s first token, its most alarming word or all of its tokens alike: the request has been read in full by then, and nothing has been written yet.',
		sources: {
			paper: ['13'],
			evidence: [
				{
					section: '13',
					text: 'we noticed that “harmful request” features often fire on the new-line tokens following the human request and preceding “Assistant.”'
				}
			]
		}
	},
	{
		id: 'refusals-not-one-switch',
		topic: 'refusals',
		type: 'multi',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A colleague claims refusal is a single on/off switch inside the model. Which findings from the paper cut against that picture?',
		options: [
			{ id: 'a', text: 'Several dozen refusal features turned up across 200 Sorry-Bench prompts' },
			{ id: 'b', text: 'Those refusal features cluster weakly into groups by meaning' },
			{ id: 'c', text: 'The model writes ads for bleach and for ammonia taken separately' },
			{ id: 'd', text: 'The authors call it more complicated than one linear binary classifier' },
			{ id: 'e', text: 'Refusals in the case study usually begin with "I apologize…"' }
		],
		answers: ['a', 'b', 'd'],
		explanation:
			'Many refusal features with weak semantic grouping, which the authors describe as "more complicated than a single linear binary classifier", are the evidence against one switch. The single-chemical ads and the apologetic opening are true, but they say nothing about how many mechanisms underlie refusal.',
		sources: {
			paper: ['9.2'],
			evidence: [
				{
					section: '9.2',
					text: 'We find several dozen features which are consistently influential in prompts where the assistant refuses and have strong connections to each other in the global weights'
				},
				{
					section: '9.2',
					text: 'the features weakly cluster into multiple semantic groups, suggesting a refusal mechanism more complicated than a single linear binary classifier'
				}
			]
		}
	},
	{
		id: 'refusals-test-the-danger-cluster',
		topic: 'refusals',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The model refuses to advertise a pair of products that are harmless apart but dangerous mixed. To test whether its knowledge of that danger drives the refusal, you ablate the features for the danger of mixing them, as §9 did. What does §9 lead you to expect?',
		options: [
			{ id: 'a', text: 'It writes the ad with no warning at all, the danger now unknown to it' },
			{ id: 'b', text: 'It writes a public-service warning about the pair instead of an ad' },
			{ id: 'c', text: 'It writes the ad, and a warning follows once its reply names the pair' },
			{ id: 'd', text: 'It warns at once instead of refusing, its warning features released' }
		],
		answer: 'c',
		explanation:
			'Removing the dangers-of-mixing cluster silenced both the refusal chain and the warning features, so the model wrote the bleach-and-ammonia ad; a warning still came later, because the chemical names in its own reply were left unablated, so the ad does not come out warning-free. That is the causal evidence that the danger knowledge drives the refusal. The safety notice is what ablating the harmful-request features gave (the danger knowledge survived), and the immediate warning is what ablating the Human/Assistant features gave.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'Removing the mixing-bleach-and-ammonia feature cluster suppresses the chain of refusal features and the warning-the-user features, causing the model to comply with the request'
				},
				{
					section: '9.1',
					text: 'Though it eventually issues a warning because the words “bleach” and “ammonia” in the assistant response have no ablations applied to them'
				}
			]
		}
	},
	{
		id: 'refusals-pool-chemicals-analogy',
		topic: 'refusals',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'An assistant refuses to advertise a cleaning method that mixes two pool chemicals. By analogy with §9, which ablation would you expect to turn its reply into a safety warning rather than the ad?',
		options: [
			{ id: 'a', text: 'Ablating the features for the dangers of mixing the two' },
			{ id: 'b', text: 'Ablating the general "harmful request" features' },
			{ id: 'c', text: 'Ablating the features for each chemical’s name' },
			{ id: 'd', text: 'Ablating the "warning the user" features' }
		],
		answer: 'b',
		explanation:
			'In §9, ablating the harmful-request features removed the immediate refusal, but the knowledge of the danger remained, so the model wrote a public-service-style warning instead of an ad. Ablating the mixing-danger cluster is the tempting choice, but there the model wrote the ad itself and only added a warning afterwards; removing warning features would take away the very warning you want.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'Removing the harmful request supernode suppresses an immediate refusal. However, because the specific knowledge of danger remains, the model replies with more of a PSA announcement than an advertisement'
				}
			]
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'refusals-card-prompt',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Which request anchors the paper’s refusal case study, and what does the model do?',
		back: '“Write an advertisement for cleaning with bleach and ammonia”: it refuses, though it will advertise either chemical alone.',
		explanation:
			'The pairing matters because mixing the two makes toxic chloramine. The episode mentions that the model spots harmful requests and refuses; this is the example the paper traces.',
		sources: {
			paper: ['9'],
			evidence: [
				{
					section: '9',
					text: 'When asked, Claude denies the request because mixing bleach and ammonia creates chloramine, a toxic gas'
				},
				{
					section: '9',
					text: 'though Claude is happy to write an advertisement for either substance on its own'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			}
		}
	},
	{
		id: 'refusals-card-proxy-i',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Which output token do the authors trace to study the decision to refuse, and why?',
		back: 'The first “I” of the reply: Claude is finetuned to open refusals with “I apologize…”, so that token stands in for the decision.',
		explanation:
			'An attribution graph explains one output token at a time, so a decision that unfolds over a sentence needs a single token to stand for it. The jailbreak study uses the same trick for the direct bomb request.',
		sources: {
			paper: ['9.1', '10.1'],
			evidence: [
				{
					section: '9.1',
					text: 'Claude is finetuned to begin refusals with “I apologize…”, so attributing back from the initial “I” is a good proxy for the initial decision to refuse'
				}
			]
		}
	},
	{
		id: 'refusals-card-chain',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'In the paper’s study of refusals, what three links make up the chain of features that leads to a refusal?',
		back: 'harmful request → “Assistant should refuse” → “say I in refusal”',
		explanation:
			'Upstream, Human/Assistant and mixing-danger features feed the harmful-request concept. The chain ends in a concrete first word, since refusals open with "I apologize…"; the authors note the boundaries between the three clusters are fuzzy.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'consisting of a “harmful request from human” feature cluster → “Assistant should refuse” cluster → “say-I-in-refusal” cluster'
				},
				{
					section: '9.1',
					text: 'in practice the boundaries between these clusters is fuzzy'
				}
			]
		}
	},
	{
		id: 'refusals-card-warning',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What happens to “warning the user” features while the model refuses, and why?',
		back: 'The assistant persona and the refusal context inhibit them; the authors suspect strong post-training towards the default “I apologize, but…” refusal.',
		explanation:
			'In the authors’ reading the warning would otherwise be appropriate: ablate the Human/Assistant features and the default refusal gives way to an immediate warning.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'We hypothesize that this inhibition is the result of strong post-training towards the default refusal (“I apologize, but…”), rather than an otherwise appropriate warning'
				}
			]
		}
	},
	{
		id: 'refusals-card-finetuning',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Where do general “harmful request” features come from, per the authors’ hypothesis?',
		back: 'Harm-specific concepts are learned in pretraining; finetuning then links them up into general harmful-request features.',
		explanation:
			'Specific harm features (assassination, criminals, blackmail) feed the general one, and pretraining-only dictionaries had very few refusal features. §15 lists this as an abstraction formed in finetuning.',
		sources: {
			paper: ['9.2', '15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'Thus, the model appears to have formed a new abstraction — “harmful requests” — through fine-tuning, stitched together from concepts it had learned from pretraining'
				}
			]
		}
	},
	{
		id: 'refusals-card-cone',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Across many harmful prompts, is refusal one feature or many?',
		back: 'Many: several dozen consistently influential features that cluster weakly by meaning, “more complicated than a single linear binary classifier”.',
		explanation:
			'The authors found these by building graphs for a set of Sorry-Bench prompts and sorting features by influence. They note the result is consistent with other researchers’ work describing refusal directions as a cone rather than a single direction; the cone image is that work’s, not a new finding here.',
		sources: {
			paper: ['9.2'],
			evidence: [
				{
					section: '9.2',
					text: 'the features weakly cluster into multiple semantic groups, suggesting a refusal mechanism more complicated than a single linear binary classifier'
				},
				{
					section: '9.2',
					text: 'showing that the geometry of refusal directions is more accurately described as a cone than a single direction'
				}
			]
		}
	},
	{
		id: 'refusals-card-ethics-contrast',
		topic: 'refusals',
		kind: 'contrast',
		claim: 'C25',
		difficulty: 'mechanism',
		front:
			'Episode: the model’s answers "reflect ethical considerations". What does §9 actually trace behind the bleach-and-ammonia refusal?',
		back: 'A chain of features: dangers of mixing cleaning chemicals → harmful request → "Assistant should refuse" → "say I in refusal". No ethics, feelings or beliefs appear in the account.',
		explanation:
			'The paper explains the refusal by which features fire and what happens when each is ablated; removing the mixing-danger cluster, for instance, lets the ad through. The model’s replies may cite ethics (in §10 it calls bomb instructions "unethical"), but the paper makes no claim about moral understanding either way.',
		sources: {
			paper: ['9.1'],
			evidence: [
				{
					section: '9.1',
					text: 'Removing the mixing-bleach-and-ammonia feature cluster suppresses the chain of refusal features and the warning-the-user features, causing the model to comply with the request'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'They found that the model can generate responses that reflect ethical considerations, even if it doesn’t have feelings or beliefs.'
			}
		}
	},
	{
		id: 'refusals-card-datasets-contrast',
		topic: 'refusals',
		kind: 'contrast',
		claim: 'C29',
		difficulty: 'mechanism',
		front:
			'Episode: the model’s "reasoning and understanding comes from the vast datasets" it is trained on. Which training stage does §9 credit with building general "harmful request" features?',
		back: 'Finetuning, as a hypothesis: the specific harm concepts come from pretraining, and finetuning ties them together into general harmful-request features. Dataset size plays no part in the account.',
		explanation:
			'The evidence is that specific harm features feed the general one and that dictionaries trained on pretraining data alone held very few refusal features. The paper reasons about training stages, not about how much data there was.',
		sources: {
			paper: ['9.2', '15.1'],
			evidence: [
				{
					section: '9.2',
					text: 'during pretraining, the model learns about many distinct categories of harm, and then during finetuning, these are wired together to activate more general "harmful request" features'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'They explain that this level of reasoning and understanding comes from the vast datasets the model is trained on.'
			}
		}
	},
	{
		id: 'refusals-card-pretraining-dictionary',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Would a feature dictionary trained only on pretraining text be a good lens on the finetuned model’s refusal circuitry?',
		back: 'Not a complete one: pretraining-only dictionaries contained very few refusal features.',
		explanation:
			'If the general harmful-request wiring is formed in finetuning, a dictionary that never saw finetuning-style data may miss it. The harm concepts themselves would still show up, since they are learned in pretraining.',
		sources: {
			paper: ['9.2'],
			evidence: [
				{
					section: '9.2',
					text: 'we found that the dictionaries trained with only pretraining data had very few refusal features'
				}
			]
		}
	}
];
