import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	// ── single choice ──────────────────────────────────────────────────────────
	{
		id: 'rhyme-planning-rabbit-habit-candidates',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the carrot couplet, which two candidate end words were already active before the model had written any of the second line?',
		options: [
			{ id: 'a', text: '"carrot" and "grab it"' },
			{ id: 'b', text: '"rabbit" and "habit"' },
			{ id: 'c', text: '"rabbit" and "green"' },
			{ id: 'd', text: '"habit" and "bandit"' }
		],
		answer: 'b',
		explanation:
			'On the newline that closes the first line, features for the "-it" rhyme sound switch on two candidate endings, "rabbit" and "habit", and the model goes on to end the line with "rabbit". "Green" only appears when the researchers inject it, and "bandit" is one of the fallbacks the model reaches for when both real candidates are suppressed.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'shows an important group of features active on the newline token, before the beginning of the second line'
				},
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['4.1', '4']
		}
	},
	{
		id: 'rhyme-planning-plan-location',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Where in the prompt did the researchers find the plan for the second line’s ending, and where did steering that plan actually work?',
		options: [
			{ id: 'a', text: 'On the words "grab it" at the end of the first line' },
			{ id: 'b', text: 'Spread over every word of the second line as it is written' },
			{ id: 'c', text: 'On the newline token that closes the first line' },
			{ id: 'd', text: 'On the word "couplet" in the instruction at the top' }
		],
		answer: 'c',
		explanation:
			'The candidate end words are active on the newline token, before the second line begins, and the paper’s Figure 13 shows that suppressing or injecting them only steers the line at that position. A plan that forms only as the second line is written would be the improvisation the authors expected but did not find for this poem.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'Instead, we found that important components of the circuit were localized on the new-line token before the second line began'
				},
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				}
			],
			paper: ['4.2', '4.1', '4', '13']
		}
	},
	{
		id: 'rhyme-planning-suppress-rabbit-result',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'With the second line already written up to "His hunger was like a starving", the researchers suppressed only the "rabbit" features at the newline. Which final word became the likeliest?',
		options: [
			{ id: 'a', text: 'It ended in "green" instead' },
			{ id: 'b', text: 'It fell back to "rat" or "crab, it"' },
			{ id: 'c', text: 'It lost the rhyme and ended in "jaguar"' },
			{ id: 'd', text: 'It ended in "habit", now at about 95%' }
		],
		answer: 'd',
		explanation:
			'With the line fixed up to its last word (Fig. 12), removing "rabbit" hands that word to the other candidate held on the newline: "habit" goes from 19% to about 95%. This is a last-word measurement; the "a powerful habit" rewrite comes from a separate run in which the line is regenerated from "His hunger was" (Fig. 15). "Rat" and "crab, it" lead only when both candidates are suppressed, and "jaguar" when the "rhymes with it" feature itself is removed.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'Interventions testing our understanding of the final token completion in the poetry example'
				},
				{
					section: '4.1',
					text: 'We suppress features for planned words and rhyming schemes, and also inject different rhyming schemes and planned words'
				}
			],
			paper: ['4.1', '4']
		}
	},
	{
		id: 'rhyme-planning-steer-off-newline',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'transfer',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'A researcher repeats the "green" experiment but injects "green" on a word in the middle of the second line rather than on the newline. Going by the paper’s findings, what should they expect?',
		options: [
			{ id: 'a', text: 'Little or no effect: steering only worked at the newline' },
			{ id: 'b', text: 'The same result, since a plan can be set at any word' },
			{ id: 'c', text: 'A stronger effect, as the injection is nearer the last word' },
			{ id: 'd', text: 'A rewrite of the whole poem around "green" from line one' }
		],
		answer: 'a',
		explanation:
			'Figure 13 of the paper shows that steering the planned word works only at the newline planning location. It is tempting to think an injection closer to the final word should work better, but in the paper the plan lives on the newline, and that is the only place where changing it changed the line.',
		sources: {
			evidence: [
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				},
				{ section: '4.2', text: 'In fact, the features are only active over the planning token' }
			],
			paper: ['4.2', '4']
		}
	},
	{
		id: 'rhyme-planning-expected-improvisation',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'What did the researchers expect to find before tracing the poem, and what did they find?',
		options: [
			{ id: 'a', text: 'They expected planning and confirmed it in every poem traced' },
			{ id: 'b', text: 'They expected improvisation and found evidence of planning' },
			{ id: 'c', text: 'They expected planning but found the model improvises each word' },
			{ id: 'd', text: 'They expected improvisation and found the rhyme picked at the line’s end' }
		],
		answer: 'b',
		explanation:
			'The authors went in expecting improvisation, with the rhyme settled only when the line reached its end, and instead found "compelling evidence for a planning mechanism"; §15.3 cites this surprise as a reason for bottom-up methods. Their expectation was not confirmed, and planning turned up in about half the poems examined, not in every poem traced.',
		sources: {
			evidence: [
				{ section: '4.1', text: 'We initially hypothesized that we’d observe improvisation' },
				{
					section: '15.3.1',
					text: 'We began our poetry analysis looking for evidence of the improvisation strategy, and did not conjecture that we would find planning features until we saw them'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'The planning mechanism they described is particularly intriguing.'
			},
			paper: ['4.1', '4', '15.3']
		}
	},
	{
		id: 'rhyme-planning-habit-takes-over',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'With the line fixed up to "His hunger was like a starving", suppressing "rabbit" at the newline made "habit" the likeliest last word (95%). How does the paper account for "habit"?',
		options: [
			{
				id: 'a',
				text: '"Habit" was a second candidate, active on the newline beside "rabbit"'
			},
			{
				id: 'b',
				text: 'The rhyme features chose a new "-it" word at the last token instead'
			},
			{
				id: 'c',
				text: '"Habit" is the commonest "-it" word, so it fills in once "rabbit" is gone'
			},
			{
				id: 'd',
				text: 'Suppressing "rabbit" freed its "say rabbit" features to output "habit"'
			}
		],
		answer: 'a',
		explanation:
			'On the newline the rhyme features switch on two candidate endings at once, "rabbit" and "habit"; remove the first and the second, already held in reserve, takes its place. A fresh pick at the last token would be the improvisation the authors expected and did not find, and nothing in the paper points to word frequency or to "say rabbit" features turning into "habit". The takeover is this strong only with the line fixed up to its last word. When the whole line is resampled, "habit" is already a 34% ending at baseline and falls to 26% once "rabbit" is suppressed, while "it" becomes the likeliest ending (44%).',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We observe that the model holds multiple possible planned words “in mind” at the same time'
				},
				{
					section: '4.3',
					text: 'We find that suppressing the “rabbit” features changes the transition to one that matches the alternate planned word'
				}
			],
			paper: ['4.3', '4', '4.1', '4.4']
		}
	},
	{
		id: 'rhyme-planning-special-tokens-transfer',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'You are tracing a new prompt of several sentences and want to find the token positions where the model is most likely to have stored information it will need later. Which pattern from the paper’s list of commonly observed circuit components tells you where to look?',
		options: [
			{ id: 'a', text: 'Features are always strongest on the final prompt token' },
			{ id: 'b', text: 'Plans are stored on the first word of the line they govern' },
			{ id: 'c', text: 'Attention does most of its work in the last layers' },
			{ id: 'd', text: 'Delimiters such as newlines and periods store information' }
		],
		answer: 'd',
		explanation:
			'§13 gives special tokens a special role: newlines, periods and other delimiters hold information, as the poem’s plan does on the newline and as harmful-request features do on the newline before "Assistant". The attention option reverses another item on the same list, which says attention often does its work early.',
		sources: {
			evidence: [
				{
					section: '13',
					text: 'we have observed that the model stores important information on new-line tokens, periods, or other punctuation/delimiters'
				},
				{
					section: '13',
					text: 'we observe that the model represents several candidate rhyming words to end the next line with on the new-line token preceding that line'
				}
			],
			paper: ['13']
		}
	},
	{
		id: 'rhyme-planning-new-rhyme-sound',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A new couplet’s first line ends in "...at the end of the day," and the model plans the second line the way it did in §4. What would you expect to find on the newline after the first line?',
		options: [
			{ id: 'a', text: 'Features for the "-ay" sound and candidate words that fit it' },
			{ id: 'b', text: 'Features for "day" alone, to be repeated at the line’s end' },
			{ id: 'c', text: 'Nothing yet: candidates appear on the second line’s last word' },
			{ id: 'd', text: 'Planned endings for every remaining line of the poem' }
		],
		answer: 'a',
		explanation:
			'In the carrot couplet, rhyme-sound features on the newline ("rhymes with eet/it/et") switch on candidate end words that share the sound, so the analogue here is an "-ay" rhyme feature with fitting candidates. The paper shows a plan for the next line’s ending only, not for lines further on, and it shows the plan before the line starts, not at its last word.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				},
				{
					section: '4',
					text: 'First, the model uses the semantic and rhyming constraints of the poem to determine candidate targets for the next line'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'it’s also exciting to see how these models can perform multi-step reasoning and even plan ahead in creative tasks like poetry'
			},
			paper: ['4']
		}
	},

	// ── multi-select ───────────────────────────────────────────────────────────
	{
		id: 'rhyme-planning-backward-evidence',
		topic: 'rhyme-planning',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which of these findings show backward planning, where the plan shapes the words leading up to the planned ending?',
		options: [
			{ id: 'a', text: 'The candidate features push up "rabbit" as the line’s final output word' },
			{
				id: 'b',
				text: 'The "rabbit" plan calls up comparison-phrase features that produce "like"'
			},
			{
				id: 'c',
				text: '"Rhymes with it" features are already active on the newline before line two'
			},
			{
				id: 'd',
				text: 'Suppressing "rabbit" rewrites the line as "His hunger was a powerful habit"'
			},
			{
				id: 'e',
				text: 'With the line prefix fixed, "rabbit" beats "habit" as last word, 81% to 19%'
			}
		],
		answers: ['b', 'd'],
		explanation:
			'Backward planning runs from the goal to the words before it: the "rabbit" plan calls up comparison-phrase features that yield "like", and changing the plan rewrites the middle of the line, not just its last word. Pushing up "rabbit" as the final output is the plan acting on the ending itself, not on the words before it; the paper keeps "forward planning" for an earlier step, coming up with the candidate endings in the first place. The "rhymes with it" features on the newline belong to that earlier step, and the 81/19 split is only the baseline in Fig. 12, the chances of each final word once the line has been written up to "starving", which says nothing about how the earlier words were chosen.',
		sources: {
			evidence: [
				{
					section: '4.3',
					text: 'The model goes from the planned target (“rabbit”) that activates at the newline and reasons backwards, creating a plausible transition to get to it'
				},
				{
					section: '4.3',
					text: 'We find that suppressing the “rabbit” features changes the transition to one that matches the alternate planned word'
				}
			],
			paper: ['4.3', '4', '1']
		}
	},
	{
		id: 'rhyme-planning-suppress-both',
		topic: 'rhyme-planning',
		type: 'multi',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'With the second line fixed up to "His hunger was like a starving" (the final-word experiments of §4.1), the researchers suppressed both "rabbit" and "habit" at the newline. Which endings did the model then produce?',
		options: [
			{ id: 'a', text: '"crab, it"' },
			{ id: 'b', text: '"jaguar"' },
			{ id: 'c', text: '"rat"' },
			{ id: 'd', text: '"chimpanzee"' },
			{ id: 'e', text: '"bandit"' },
			{ id: 'f', text: '"green"' }
		],
		answers: ['a', 'c', 'e'],
		explanation:
			'With both candidates gone, the "rhymes with it" features are still in place, so the model spreads over other endings, mostly near that sound. No sentence of the text names these endings: they are read off the "Suppress rabbit and habit" panel of Fig. 12 (the fixed-line setup), which lists "crab, it" 7%, "rat" 6%, "bandit" 3% and the non-rhyme "savage" 3%. "Jaguar" is what appears when the rhyme feature itself is suppressed, "chimpanzee" when an "ee" rhyme is injected, and "green" only when "green" is injected. When §4.4 resamples the whole line instead, the same suppression makes "it" the likeliest ending (30%), and none of these words appear.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'Features active over the “it” token activate rhyming with “eet/it/et” features, which themselves activate features for candidate completions such as “rabbit” and “habit”!'
				},
				{
					section: '4.1',
					text: 'Interventions testing our understanding of the final token completion in the poetry example'
				}
			],
			paper: ['4.1', '4', '4.4']
		}
	},
	{
		id: 'rhyme-planning-paper-claims',
		topic: 'rhyme-planning',
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which of these does the paper itself claim about planning in poems?',
		options: [
			{ id: 'a', text: 'The model can hold more than one candidate plan at a time' },
			{ id: 'b', text: 'The model plans the endings of several future lines at once' },
			{ id: 'c', text: 'The plan is carried by ordinary features for the planned word' },
			{ id: 'd', text: 'Planned-word features turned up in about half the poems examined' },
			{
				id: 'e',
				text: 'Poetry rests on the same idea-linking ability as multi-step reasoning',
				misconception: 'C28'
			},
			{ id: 'f', text: 'Every poem the researchers traced showed a plan on the newline' }
		],
		answers: ['a', 'c', 'd'],
		explanation:
			'The paper reports several candidate words held at once for one ending, plans carried by ordinary word features, and planned-word features in about half of the poems it investigated. Every plan it shows is for the end of the next line, not for lines further ahead; it never ties poetry to the Dallas-style reasoning; and "about half" rules out "every poem".',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We observe that the model holds multiple possible planned words “in mind” at the same time'
				},
				{
					section: '4',
					text: 'The features used to represent planned words seem to be ordinary features representing that word, rather than planning-specific features'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead, not just stringing words together but actually considering the structure of the poem as it generates it.'
			},
			paper: ['4']
		}
	},
	{
		id: 'rhyme-planning-test-new-poem',
		topic: 'rhyme-planning',
		type: 'multi',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A colleague wants to check whether the model plans the second line’s ending in a new couplet. Which steps follow the paper’s approach?',
		options: [
			{ id: 'a', text: 'Look for candidate end-word features on the newline after line one' },
			{
				id: 'b',
				text: 'Check the attention from the second line’s last word back to the first'
			},
			{ id: 'c', text: 'Suppress a candidate at that newline and see if the last word changes' },
			{ id: 'd', text: 'Inject the candidate only on the last token of the second line' },
			{
				id: 'e',
				text: 'Inject a candidate, resample the whole line and see if it is rebuilt'
			}
		],
		answers: ['a', 'c', 'e'],
		explanation:
			'The paper finds the plan on the newline, tests it by intervening there and reading the last word (Fig. 12), then resamples the whole line to see it rebuilt around the planned word (§4.4). Injecting on the last token misses the one place where steering worked, and the method does not explain attention patterns, so tracing attention back to the first line is not how planning was shown.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'we perform a variety of interventions at the newline planning site, and see how it affects the probability of the last token'
				},
				{
					section: '4.4',
					text: 'We test this with further steering experiments where we perform our earlier set of interventions, but resample the entire final line'
				}
			],
			paper: ['4.1', '4.4', '4', '2']
		}
	},

	// ── true / false ───────────────────────────────────────────────────────────
	{
		id: 'rhyme-planning-tf-half-the-poems',
		topic: 'rhyme-planning',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The authors found planned-word features in about half of the poems they investigated, and showed that in the other half the model chose its rhyme only on reaching the end of the line.',
		answer: false,
		explanation:
			'The "about half" is right, but the paper does not show improvisation in the rest: it leaves open whether its transcoder simply lacked features for the planned words or the model does not always plan. So the rabbit couplet shows that planning happens, not that it happens in every couplet, nor that it is absent where it was not found.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated, which may be due to our CLT not capturing features for the planned words'
				},
				{
					section: '4',
					text: 'or it may be the case that the model does not always engage in planning'
				}
			],
			paper: ['4', '14']
		}
	},
	{
		id: 'rhyme-planning-tf-special-features',
		topic: 'rhyme-planning',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The plan is held by dedicated planning features, distinct from the features the model uses for the planned word anywhere else.',
		answer: false,
		explanation:
			'The paper stresses that planned-word features are ordinary features for that word, not a special class of planning features. What makes them a plan is when they are active: on the newline, before the word is written.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'The features used to represent planned words seem to be ordinary features representing that word, rather than planning-specific features'
				}
			],
			paper: ['4']
		}
	},
	{
		id: 'rhyme-planning-tf-structure-lines-ahead',
		topic: 'rhyme-planning',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says the model considers "the structure of the poem as it generates it". The paper backs this with planning features for the rhymes of lines two or more ahead of the one being written.',
		answer: false,
		explanation:
			'Every plan in §4 is for the next line: candidate end words appear on the newline just before that line and, when the whole line is resampled, edits to them change how the line is built (§4.4). Nothing in the paper shows the model planning lines further ahead, so the episode’s phrase is right only if "structure" means the line being written.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				},
				{
					section: '4.4',
					text: 'We find that interventions on planning features cause the model to alter the structure of its line to reach a final word which matches the intervention'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead, not just stringing words together but actually considering the structure of the poem as it generates it.'
			},
			paper: ['4', '4.4']
		}
	},
	{
		id: 'rhyme-planning-tf-link-ideas',
		topic: 'rhyme-planning',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The paper explains the model’s poetry by the same idea-linking ability it uses for multi-step reasoning such as Dallas → Texas → Austin.',
		answer: false,
		misconception: 'C28',
		explanation:
			'The two are separate case studies (§3 and §4), and the paper draws no causal line from one to the other. The poem result rests on its own planning mechanism: candidate rhyme words active on the newline before the line is written.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'First, the model uses the semantic and rhyming constraints of the poem to determine candidate targets for the next line'
				},
				{
					section: '4',
					text: 'Next, the model works backward from its target word to write a sentence that naturally ends in that word'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'they found that this ability to link ideas is what allows the model to perform tasks like writing poetry or generating coherent stories'
			},
			paper: ['4', '3']
		}
	},
	{
		id: 'rhyme-planning-tf-newline-only',
		topic: 'rhyme-planning',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the paper’s experiments, changing the planned word steered the line only when the intervention was made on the newline token.',
		answer: true,
		explanation:
			'Figure 13 shows steering working only at the newline planning location. That fits the picture of the plan being formed and stored on the newline, a delimiter token that §13 lists among the places where models keep information.',
		sources: {
			evidence: [
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				}
			],
			paper: ['4.2', '4', '13']
		}
	},
	{
		id: 'rhyme-planning-tf-powerful-habit',
		topic: 'rhyme-planning',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The rewrite "His hunger was a powerful habit", obtained by suppressing "rabbit" on the newline, is evidence that the ending was chosen before the line was written rather than when the model reached the last word.',
		answer: true,
		explanation:
			'If the model were purely improvising, nothing on the newline would decide the ending, so editing features there should not reorganise the line. Because the newline edit changes both the last word and the words leading to it, the choice must already be in place before the line begins.',
		sources: {
			evidence: [
				{
					section: '4.3',
					text: 'We find that suppressing the “rabbit” features changes the transition to one that matches the alternate planned word'
				},
				{
					section: '4',
					text: 'We are able to edit the model’s planned word and see that it restructures its next line accordingly'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'So it’s not just spitting out random words; it’s actually thinking about the structure of its output?'
			},
			paper: ['4.3', '4']
		}
	},
	{
		id: 'rhyme-planning-tf-initial-hypothesis',
		topic: 'rhyme-planning',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Before tracing the rabbit couplet, the authors expected to find the model planning its rhyme, and the attribution graph confirmed that expectation.',
		answer: false,
		explanation:
			'They expected the opposite: improvisation, with rhyme and meaning features combining at the last word to promote "rabbit". The graph instead put key parts of the circuit on the newline before the second line. The finished line could have come from either mechanism, which is why the evidence had to come from inside the model.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'We initially hypothesized that we’d observe improvisation – a circuit where rhyming features and semantic features constructively interfere to promote'
				},
				{
					section: '4.1',
					text: 'Instead, we found that important components of the circuit were localized on the new-line token before the second line began'
				}
			],
			paper: ['4.1', '4']
		}
	},

	// ── typed ─────────────────────────────────────────────────────────────────
	{
		id: 'rhyme-planning-typed-newline',
		topic: 'rhyme-planning',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which token of the prompt carries the plan for the second line’s last word?',
		accepted: [
			'newline',
			'newline token',
			'line break',
			'new line',
			'newline character',
			'end of line',
			'line break token',
			'newline after the first line',
			'newline at the end of the first line',
			'newline token at the end of the first line',
			'newline at the end of line one',
			'newline token at the end of line one',
			'newline at end of first line',
			'newline at end of line one',
			'newline after grab it',
			'newline token after grab it',
			'newline before the second line',
			'newline token before the second line',
			'newline before line two',
			'line break after the first line',
			'line break before the second line'
		],
		explanation:
			'The candidate end words "rabbit" and "habit" are active on the newline that ends the first line, before any of the second line exists. It is not the last word of the first line ("it") that holds them, and steering worked only at that newline.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'Instead, we found that important components of the circuit were localized on the new-line token before the second line began'
				},
				{
					section: '13',
					text: 'we observe that the model represents several candidate rhyming words to end the next line with on the new-line token preceding that line'
				}
			],
			paper: ['4.1', '4', '13']
		}
	},
	{
		id: 'rhyme-planning-typed-like',
		topic: 'rhyme-planning',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In "His hunger was like a starving rabbit", which word did the "rabbit" plan help produce through features for a comparison phrase ending in a noun?',
		accepted: ['like', 'the word like'],
		explanation:
			'The plan to end on the noun "rabbit" drives comparison-phrase features, which promote "like". That is backward planning: the goal word shapes the words leading up to it, not only the last word itself.',
		sources: {
			evidence: [
				{
					section: '4.3',
					text: 'The model goes from the planned target (“rabbit”) that activates at the newline and reasons backwards, creating a plausible transition to get to it'
				},
				{
					section: '4',
					text: 'Next, the model works backward from its target word to write a sentence that naturally ends in that word'
				}
			],
			paper: ['4.3', '4']
		}
	},
	{
		id: 'rhyme-planning-suppress-rhyme-sound',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'With the line fixed up to "His hunger was like a starving", the researchers suppressed only the "rhymes with eet/it/et" features on the newline and injected nothing. What did the last word become?',
		options: [
			{ id: 'a', text: 'Still mostly "rabbit", since its word features were left alone' },
			{ id: 'b', text: 'Mostly "habit", as when "rabbit" alone was suppressed' },
			{ id: 'c', text: 'Animals that do not rhyme, such as "jaguar" and "cobra"' },
			{ id: 'd', text: 'Other "-it" words, such as "bandit", chosen at the last token' }
		],
		answer: 'c',
		explanation:
			'The rhyme-sound features are what switch on the candidate words, so suppressing them takes "rabbit" and "habit" down with them: the likeliest endings became non-rhyming animals ("jaguar" 35%, "cobra" 21%) that suit "like a starving". Leaving the word features untouched does not keep them active, because their support came from the rhyme features. "Habit" winning is the result of suppressing "rabbit" alone, and "bandit" turns up when both candidates are suppressed.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'Features active over the “it” token activate rhyming with “eet/it/et” features, which themselves activate features for candidate completions'
				},
				{
					section: '4.1',
					text: 'We suppress features for planned words and rhyming schemes, and also inject different rhyming schemes and planned words'
				}
			],
			paper: ['4.1', '4']
		}
	},
	{
		id: 'rhyme-planning-typed-third-line',
		topic: 'rhyme-planning',
		type: 'typed',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In a longer poem, you want to steer the last word of line three the way §4 steered line two. At which token would you make the injection? (Name the token type.)',
		accepted: [
			'newline',
			'newline token',
			'newline after line two',
			'the newline before line three',
			'newline at the end of line two',
			'newline token at the end of line two',
			'newline token before line three',
			'newline at the end of the second line',
			'newline before the third line',
			'newline token before the third line',
			'newline after the second line',
			'line break before line three',
			'line break before the third line',
			'line break after line two',
			'line break',
			'line break token',
			'new line'
		],
		explanation:
			'In the paper, the plan for a line sits on the newline just before it, and steering worked only there. Applied to line three, that is the newline that ends line two; injecting on words inside line three would not be expected to move its ending.',
		sources: {
			evidence: [
				{
					section: '13',
					text: 'we observe that the model represents several candidate rhyming words to end the next line with on the new-line token preceding that line'
				},
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				}
			],
			paper: ['4.2', '13', '4']
		}
	},

	// ── cloze ─────────────────────────────────────────────────────────────────
	{
		id: 'rhyme-planning-cloze-couplet',
		topic: 'rhyme-planning',
		type: 'cloze',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Complete the poem example from §4.',
		text: 'Given "A rhyming couplet: He saw a carrot and had to grab it," the model wrote "His hunger was like a starving {{1}}". The other end word it held in reserve on the newline was {{2}}.',
		gaps: [['rabbit'], ['habit']],
		explanation:
			'The model ends the line with "rabbit", but on the newline it keeps a second candidate, "habit", active too. That reserve is what takes over when "rabbit" is suppressed.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We observe that the model holds multiple possible planned words “in mind” at the same time'
				},
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'like how the model performs multi-step reasoning or plans ahead when generating poetry'
			},
			paper: ['4']
		}
	},
	{
		id: 'rhyme-planning-cloze-forward-backward',
		topic: 'rhyme-planning',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		text: 'Choosing candidate endings for a line before writing it is {{1}} planning; letting them shape the words before the ending, such as "like", is {{2}} planning.',
		gaps: [['forward'], ['backward', 'backwards']],
		explanation:
			'Forward planning means considering candidate outputs well before saying them, as "rabbit" is prepared on the newline. Backward planning means working back from that goal to choose the words that lead to it, as with "like" in "like a starving rabbit".',
		sources: {
			evidence: [
				{ section: '4', text: 'We find evidence of both forward planning and backwards planning' },
				{
					section: '4',
					text: 'Next, the model works backward from its target word to write a sentence that naturally ends in that word'
				}
			],
			paper: ['4', '1']
		}
	},

	// ── ordering ──────────────────────────────────────────────────────────────
	{
		id: 'rhyme-planning-order-mechanism',
		topic: 'rhyme-planning',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Put the steps of the rabbit plan in the order they happen inside the model.',
		items: [
			{ id: 'a', text: 'The first line ends in "grab it" and the newline token is read' },
			{ id: 'b', text: '"Rhymes with it" features are active on the newline' },
			{ id: 'c', text: 'Candidate end words "rabbit" and "habit" light up' },
			{ id: 'd', text: 'The "rabbit" plan calls up comparison-phrase features that yield "like"' },
			{ id: 'e', text: 'The line closes on "rabbit"' }
		],
		explanation:
			'The rhyme-sound features on the newline switch on the candidate words, all before line two starts. The plan then works backward, shaping middle words such as "like", and forward, producing "rabbit" as the last word.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'shows an important group of features active on the newline token, before the beginning of the second line'
				},
				{
					section: '4.3',
					text: 'The model goes from the planned target (“rabbit”) that activates at the newline and reasons backwards, creating a plausible transition to get to it'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['4.3', '4.1', '4']
		}
	},
	{
		id: 'rhyme-planning-order-experiment',
		topic: 'rhyme-planning',
		type: 'ordering',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'You want to test for a planned ending in a new rhyming couplet the way §4 did. Put the steps in a sensible order.',
		items: [
			{ id: 'a', text: 'Trace an attribution graph for the last word of the second line' },
			{ id: 'b', text: 'Spot candidate end-word features on the newline after the first line' },
			{ id: 'c', text: 'Suppress or inject those features at the newline, in the original model' },
			{ id: 'd', text: 'Check whether the ending and the words before it change' }
		],
		explanation:
			'The graph is only a hypothesis, so the paper first reads candidate plans off it and then tests them by intervening in the real model. The proof is in the output: the ending and the words leading to it should move with the edit.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'Thus, the attribution graphs provide hypotheses about mechanisms operating in the underlying model'
				},
				{
					section: '4.1',
					text: 'we perform a variety of interventions at the newline planning site, and see how it affects the probability of the last token'
				}
			],
			paper: ['4.1', '4', '2']
		}
	},

	// ── matching ──────────────────────────────────────────────────────────────
	{
		id: 'rhyme-planning-match-interventions',
		topic: 'rhyme-planning',
		type: 'matching',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Match each intervention on the newline with the last word the model then gave, with the second line written up to "His hunger was like a starving" (Fig. 12).',
		pairs: [
			{ id: 'a', left: 'Suppress "rabbit"', right: '"habit" as the last word (about 95%)' },
			{ id: 'b', left: 'Suppress both "rabbit" and "habit"', right: '"crab, it", "rat", "bandit"' },
			{ id: 'c', left: 'Suppress "rhymes with it"', right: '"jaguar", "cobra"' },
			{
				id: 'd',
				left: 'Suppress both candidates and inject "green"',
				right: 'Endings on "green", e.g. "gremlin green"'
			},
			{ id: 'e', left: 'Swap "rhymes with it" for "rhymes with ee"', right: '"chimpanzee" at 42%' }
		],
		explanation:
			'Removing one candidate hands the line to the other; removing both leaves only weak, scattered endings ("crab, it" at 7%, "rat" 6%, "bandit" and even the non-rhyming "savage" at 3%); removing the rhyme feature breaks the rhyme altogether. Injecting "green" or a new rhyme sound redirects the line to the injected target.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'We suppress features for planned words and rhyming schemes, and also inject different rhyming schemes and planned words'
				},
				{
					section: '4.1',
					text: 'Interventions testing our understanding of the final token completion in the poetry example'
				}
			],
			paper: ['4.1', '4']
		}
	},
	{
		id: 'rhyme-planning-match-terms',
		topic: 'rhyme-planning',
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each term with what it means in the poem case study.',
		pairs: [
			{
				id: 'a',
				left: 'Forward planning',
				right: 'Candidate endings are chosen before the line begins'
			},
			{
				id: 'b',
				left: 'Backward planning',
				right: 'The plan shapes the words leading to the ending'
			},
			{ id: 'c', left: 'Newline token', right: 'Where the plan sits and where steering works' },
			{
				id: 'd',
				left: 'Planned-word feature',
				right: 'An ordinary word feature active ahead of time'
			},
			{
				id: 'e',
				left: 'Improvisation',
				right: 'The ending is picked only when the line reaches it'
			}
		],
		explanation:
			'The paper contrasts improvisation, which it expected, with planning, which it found. The planning shows up on the newline through ordinary word features, and it works in both directions: forward, when rhyme and sense yield candidate endings ahead of the line, and backward, when those endings shape the words written on the way to them.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'First, the model uses the semantic and rhyming constraints of the poem to determine candidate targets for the next line'
				},
				{
					section: '4',
					text: 'Next, the model works backward from its target word to write a sentence that naturally ends in that word'
				}
			],
			paper: ['4', '1']
		}
	},
	{
		id: 'rhyme-planning-match-observations',
		topic: 'rhyme-planning',
		type: 'matching',
		difficulty: 'transfer',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each observation with the conclusion it most directly supports.',
		pairs: [
			{
				id: 'a',
				left: 'End-word features are active before line two exists',
				right: 'The ending is chosen ahead of time'
			},
			{
				id: 'b',
				left: 'Removing the plan changes words mid-line',
				right: 'The plan shapes the words that lead to it'
			},
			{
				id: 'c',
				left: 'Injecting the plan at a mid-line word does little',
				right: 'The plan is read from the newline'
			},
			{
				id: 'd',
				left: 'Suppressing one candidate lets the other win',
				right: 'More than one plan is held at once'
			}
		],
		explanation:
			'Each finding in §4 answers a different question: timing (features before the line), direction (middle words change, so backward planning), location (only the newline works) and breadth (a reserve candidate takes over). Keeping them apart shows what each experiment can and cannot prove.',
		sources: {
			evidence: [
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				},
				{
					section: '4',
					text: 'We observe that the model holds multiple possible planned words “in mind” at the same time'
				}
			],
			paper: ['4.2', '4']
		}
	},
	{
		id: 'rhyme-planning-match-listener-claims',
		topic: 'rhyme-planning',
		type: 'matching',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'Match each claim a listener might make with the verdict the paper supports.',
		pairs: [
			{
				id: 'a',
				left: 'Claude had "rabbit" lined up before writing "His"',
				right: 'Supported for this couplet'
			},
			{
				id: 'b',
				left: 'Claude plans the ending of every line it writes',
				right: 'Too strong: plan features were found in only about half the poems checked'
			},
			{
				id: 'c',
				left: 'Claude has special planning neurons',
				right: 'No: ordinary word features carry it'
			},
			{
				id: 'd',
				left: 'The plan can be changed at any word',
				right: 'No: steering worked only at the newline'
			}
		],
		explanation:
			'The carrot couplet shows the plan in place on the newline, before "His" is written. The paper’s opening summary does say the model picks candidate rhymes before "each line", but that summarizes the case study: the poem section itself found planned-word features in only about half the poems investigated (which, the authors note, may mean their replacement model missed the features rather than that the model did not plan), and the limitations stress that the results are claims about specific examples. The plan is carried by ordinary word features, and steering worked only at the newline; each of the stronger claims goes past what the paper shows.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				},
				{
					section: '4',
					text: 'The features used to represent planned words seem to be ordinary features representing that word, rather than planning-specific features'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['4', '1', '14']
		}
	},
	// ── added for issue 12: the two experimental set-ups, sentence structure, "about half" ──
	{
		id: 'rhyme-planning-two-setups',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'One figure of §4 gives "rabbit" 81% as the line’s last word in its baseline; a later figure’s baseline gives it only 22%. What explains the gap?',
		options: [
			{
				id: 'a',
				text: 'The later figure pools its samples over several different couplets'
			},
			{
				id: 'b',
				text: 'The first fixes the line up to "…like a starving"; the later resamples it all'
			},
			{
				id: 'c',
				text: 'The first reads the newline’s plan features rather than the output'
			},
			{
				id: 'd',
				text: 'The later figure’s baseline already has "habit" features injected'
			}
		],
		answer: 'b',
		explanation:
			'Fig. 12 measures only the final token, with "His hunger was like a starving" already written; Fig. 16 regenerates the whole second line (500 samples per experiment) for the same couplet, and the model then reaches the "-it" rhyme by other routes too: "habit" and endings in "it" each about 34%, "rabbit" 22%. The paper does not say why the numbers differ; a plausible guess, ours and not the paper’s, is that the words already written ("like a starving" calls for a noun) favour "rabbit". Both numbers are output probabilities, and no intervention is applied in either baseline.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'Interventions testing our understanding of the final token completion in the poetry example'
				},
				{
					section: '4.4',
					text: 'We test this with further steering experiments where we perform our earlier set of interventions, but resample the entire final line'
				}
			],
			paper: ['4.1', '4.4']
		}
	},
	{
		id: 'rhyme-planning-whole-line-green',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In §4.4 the researchers suppress "rabbit" and "habit", inject "green" on the newline, and let the model write the whole second line afresh. What do they find?',
		options: [
			{
				id: 'a',
				text: 'Most lines still end on an "-it" word, the first line’s rhyme winning out'
			},
			{ id: 'b', text: 'Most lines are reworded so that they end on the word "green"' },
			{ id: 'c', text: 'Most lines use "green" early on, then end on an "-it" word anyway' },
			{ id: 'd', text: 'Most lines end on a word that rhymes with "green", such as "seen"' }
		],
		answer: 'b',
		explanation:
			'Resampling the whole line shows that the planned word governs the sentence, not only its last word: lines such as "evaded the farmer, so youthful and green" end on "green" in most samples (73%). The injected feature is a planned word, not a rhyme sound, so rhymes on it are rare ("sheen" 3%, as in "delighted by its orange-green sheen"), and it does not merely slip "green" into the middle of a line that still ends on "-it".',
		sources: {
			evidence: [
				{
					section: '4.4',
					text: 'We find that interventions on planning features cause the model to alter the structure of its line to reach a final word which matches the intervention'
				}
			],
			paper: ['4.4']
		}
	},
	{
		id: 'rhyme-planning-cloze-about-half',
		topic: 'rhyme-planning',
		type: 'cloze',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'Fill in the caveat the paper attaches to its poem results.',
		text: 'Planned-word features turned up in about {{1}} of the poems investigated. The paper gives two possible reasons: its cross-layer {{2}} may not have captured features for the planned words, or the model may not always {{3}}.',
		gaps: [
			['half', '50%', 'one half'],
			['transcoder', 'transcoders', 'CLT'],
			['plan', 'engage in planning', 'use planning', 'plan ahead']
		],
		explanation:
			'The two reasons point in different directions: one is a blind spot of the tool, the other a real limit of the model, and the paper does not choose between them. So "about half" is not a measured rate of planning, and a poem with no visible plan does not prove the model improvised.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				},
				{
					section: '4',
					text: 'which may be due to our CLT not capturing features for the planned words, or it may be the case that the model does not always engage in planning'
				}
			],
			paper: ['4']
		}
	},
	{
		id: 'rhyme-planning-episode-before-line',
		topic: 'rhyme-planning',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'According to the episode, what does the model do before writing a line of a poem?',
		options: [
			{ id: 'a', text: 'It settles on a single rhyming word and commits to it' },
			{ id: 'b', text: 'It identifies potential rhyming words that could fit at the end' },
			{ id: 'c', text: 'It drafts the rhyme scheme for every line of the poem' },
			{ id: 'd', text: 'It decides what the line will say, then finds a rhyme' }
		],
		answer: 'b',
		explanation:
			'The episode’s sentence matches the paper’s own summary of §4: candidate rhyming words (plural: "rabbit" and "habit" in the traced couplet) are identified before the line is begun and then shape it. Neither source says the model commits to one word outright or lays out the rhymes of the whole poem in advance, and choosing meaning first with the rhyme found later would reverse the order the paper describes.',
		sources: {
			evidence: [
				{
					section: '1',
					text: 'Before beginning to write each line, the model identifies potential rhyming words that could appear at the end'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['1', '4']
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'rhyme-planning-card-couplet',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'Which rhyming couplet does §4 study, and which of its words were given in the prompt and which did the model write?',
		back: 'The prompt supplies line one, "He saw a carrot and had to grab it,"; the model wrote all of line two, "His hunger was like a starving rabbit".',
		explanation:
			'The prompt (headed "A rhyming couplet:") stops after the first line, so every word of the second line is Claude’s, ending on "rabbit" to rhyme with "grab it". Some later experiments feed part of that line back as prompt (up to "like a starving" to study the last word, "His hunger was" to study "like"), but those words were the model’s own first. The question was whether the model picks its rhyming word ahead of time or only at the end of the line; the answer came from features on the newline between the two lines.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'We study how Claude completes the following prompt asking for a rhyming couplet'
				},
				{ section: '4.1', text: 'His hunger was like a starving rabbit' }
			],
			transcript: {
				section: 'introduction',
				text: 'like how the model performs multi-step reasoning or plans ahead when generating poetry'
			},
			paper: ['4.1', '4']
		}
	},
	{
		id: 'rhyme-planning-card-candidates',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'In §4’s couplet about a carrot, which candidate end words are active on the newline before line two?',
		back: '"rabbit" and "habit", switched on by "rhymes with eet/it/et" features',
		explanation:
			'Both candidate features are active at once on the newline, before line two begins. This is the concrete version of the episode’s line that the model finds possible rhyming words before it writes the line. (The familiar 81% to 19% is something else: the model’s output odds for the last word once "His hunger was like a starving" is already written.)',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'shows an important group of features active on the newline token, before the beginning of the second line'
				},
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['4.1', '4']
		}
	},
	{
		id: 'rhyme-planning-card-newline',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Where is the plan for the line’s ending stored, and where can it be steered?',
		back: 'On the newline token that ends line one; steering worked only there (Fig. 13)',
		explanation:
			'The newline is a delimiter, and §13 lists such tokens as places where models store information. Interventions made elsewhere did not steer the ending the same way.',
		sources: {
			evidence: [
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				},
				{
					section: '13',
					text: 'we have observed that the model stores important information on new-line tokens, periods, or other punctuation/delimiters'
				}
			],
			paper: ['4.2', '4', '13']
		}
	},
	{
		id: 'rhyme-planning-card-forward',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'In the carrot/rabbit couplet, what is the model’s forward planning: what does it choose, from what, and when?',
		back: 'From the rhyme with "grab it" and the sense of the poem, it picks candidate endings, "rabbit" and "habit", on the newline before line two begins.',
		explanation:
			'The model considers possible outputs well before it produces them: from the rhyme with "grab it" and the sense of the poem it comes up with candidate endings before writing a word of the line, the step the paper’s overview figure labels forward planning. Those candidates later push up "rabbit" as the last word and, by backward planning, shape the words before it.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'First, the model uses the semantic and rhyming constraints of the poem to determine candidate targets for the next line'
				},
				{
					section: '4.1',
					text: 'This is consistent with the model planning potential completions ahead of time'
				}
			],
			paper: ['4.1', '4', '1']
		}
	},
	{
		id: 'rhyme-planning-card-backward',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'How does the planned "rabbit" shape the words before it in the couplet’s second line (backward planning)?',
		back: 'It drives "comparison phrase ending in noun" features, which raise the intermediate word "like", so the line heads for "like a starving rabbit".',
		explanation:
			'Working back from the goal, the model chooses intermediate words that make the planned ending fit. That is why changing the plan also changes the middle of the line: with "rabbit" suppressed, "like a starving rabbit" becomes "a powerful habit".',
		sources: {
			evidence: [
				{
					section: '4.3',
					text: 'The model goes from the planned target (“rabbit”) that activates at the newline and reasons backwards, creating a plausible transition to get to it'
				},
				{
					section: '4.3',
					text: 'The same “rabbit” planning features are active in the graph, promoting a group of “comparison features”, which are active before text such as “like a”'
				}
			],
			paper: ['4.3', '4', '1']
		}
	},
	{
		id: 'rhyme-planning-card-suppress-rabbit',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Suppress "rabbit" on the newline: what happens?',
		back: 'Two separate runs: with the line fixed up to "…like a starving", the last word becomes "habit" (about 95%, Fig. 12); regenerating from "His hunger was", the line becomes "a powerful habit" (Fig. 15).',
		explanation:
			'Both runs show the reserve candidate taking over, and the second shows the middle of the line rebuilt to reach it. Keep them apart: when the whole line is resampled 500 times (Fig. 16), suppressing "rabbit" leaves "habit" at only about 26% (34% at baseline), with "it" endings the commonest (44%).',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'Interventions testing our understanding of the final token completion in the poetry example'
				},
				{ section: '4.3', text: 'Effect of suppressing “rabbit” features on line completion' }
			],
			paper: ['4.3', '4.1', '4']
		}
	},
	{
		id: 'rhyme-planning-card-green',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'In the carrot couplet, what happens when "rabbit" and "habit" are suppressed on the newline, "green" is injected, and the whole second line is resampled?',
		back: 'The line now ends in "green" most of the time (73%), rebuilt to lead there ("…so youthful and green").',
		explanation:
			'An unrelated, non-rhyming word planted as the plan pulls the whole line toward it. The 73% comes from the whole-line runs of Fig. 16; in the last-word runs of Fig. 12, where the line is already written for "rabbit", the model can only squeeze "green" in at the end (endings such as "green" or "gremlin green").',
		sources: {
			evidence: [
				{
					section: '4.4',
					text: 'We find that interventions on planning features cause the model to alter the structure of its line to reach a final word which matches the intervention'
				},
				{
					section: '4.4',
					text: 'Interventions testing our understanding of the entire final line completion in the poetry example'
				}
			],
			paper: ['4.4', '4']
		}
	},
	{
		id: 'rhyme-planning-card-25-poems',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'recall',
		front: 'How well did planned-word injection work beyond the carrot couplet?',
		back: 'In 25 random poems, injecting "rabbit" or "green" made the line end on it 70% of the time',
		explanation:
			'The test checks that steering through the newline is not a quirk of one example. Seventy percent is high but not total.',
		sources: {
			evidence: [
				{
					section: '4.4',
					text: 'we injected two planned word features (“rabbit” and “green”) in a random sample of 25 poems'
				},
				{
					section: '4.4',
					text: 'found that the model ended its line with the injected planned word in 70% of cases'
				}
			],
			paper: ['4.4', '4']
		}
	},
	{
		id: 'rhyme-planning-card-half',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'recall',
		front: 'In how many of the poems investigated did planned-word features appear?',
		back: 'About half; either the transcoder missed features for the planned words, or the model does not always plan',
		explanation:
			'The paper gives both explanations and does not choose between them, so "about half" is not a measured rate of planning: a missing feature may be a gap in the transcoder rather than in the model. The episode’s "before writing a line" fits the poems where the features were found.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				},
				{
					section: '4',
					text: 'which may be due to our CLT not capturing features for the planned words, or it may be the case that the model does not always engage in planning'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['4']
		}
	},
	{
		id: 'rhyme-planning-card-expected',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'recall',
		front: 'What did the researchers expect before tracing the poem?',
		back: 'Improvisation; they found planning instead',
		explanation:
			'§15.3 uses this as an example of why bottom-up methods are worth it: they turned up a mechanism the authors were not looking for. Had the authors only tested their own expectation, they might have missed the plan on the newline.',
		sources: {
			evidence: [
				{
					section: '15.3.1',
					text: 'We began our poetry analysis looking for evidence of the improvisation strategy, and did not conjecture that we would find planning features until we saw them'
				}
			],
			paper: ['4', '15.3']
		}
	},
	{
		id: 'rhyme-planning-card-ordinary-features',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What kind of features carry the plan?',
		back: 'They seem to be ordinary features for the planned word, not features made for planning.',
		explanation:
			'The "rabbit" plan appears to be carried by features that represent the word "rabbit" in general, here active early, on the newline. The paper reads this as a hint that the model "thinks about" a planned word much as it represents that word when reading it. (Our gloss, not the paper’s claim: what makes such a feature act as a plan is where and when it is active.)',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'The features used to represent planned words seem to be ordinary features representing that word, rather than planning-specific features'
				},
				{
					section: '4',
					text: 'This suggests that the model “thinks about” planned words using representations that are similar to when it reads about those words'
				}
			],
			paper: ['4']
		}
	},
	{
		id: 'rhyme-planning-card-several-plans',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Does the model hold one plan or several?',
		back: 'Several at once: "rabbit" and "habit" are both active, and the reserve takes over if one is removed',
		explanation:
			'Holding alternatives explains why suppressing "rabbit" yields "habit" rather than a random word. Among the striking points of the poem study, the paper lists that the model keeps more than one planned word "in mind" at the same time.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We observe that the model holds multiple possible planned words “in mind” at the same time'
				},
				{
					section: '4.3',
					text: 'We find that suppressing the “rabbit” features changes the transition to one that matches the alternate planned word'
				}
			],
			paper: ['4.3', '4']
		}
	},
	{
		id: 'rhyme-planning-card-contrast-whole-poem',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Episode: the model can "think several steps ahead", "considering the structure of the poem as it generates it". What structure does the paper actually show being planned?',
		back: 'Paper (§4.1–4.4): the next line’s. On the newline it picks candidate endings (rabbit/habit), and the whole line is then built to reach the chosen word; steering works only at that newline, and planned-word features were found in about half the poems examined.',
		explanation:
			'The episode’s words fit if "structure" means the line being written: the paper shows planned words reshaping a whole line (§4.4). It shows nothing planned beyond the next line’s ending, so "several steps ahead" means a few words, not several lines.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'First, the model uses the semantic and rhyming constraints of the poem to determine candidate targets for the next line'
				},
				{
					section: '4.4',
					text: 'We find that interventions on planning features cause the model to alter the structure of its line to reach a final word which matches the intervention'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead, not just stringing words together but actually considering the structure of the poem as it generates it.'
			},
			paper: ['4.4', '4']
		}
	},
	{
		id: 'rhyme-planning-card-contrast-link-ideas',
		topic: 'rhyme-planning',
		kind: 'contrast',
		claim: 'C28',
		difficulty: 'mechanism',
		front:
			'Episode: a general ability to link ideas is what lets the model write poetry. Which experiment points to a specific, local planning mechanism instead?',
		back: 'Paper (§4): editing features on one token, the newline, steers the line: suppress "rabbit" and it ends "a powerful habit"; inject "green" and it ends in "green". Steering elsewhere did not work.',
		explanation:
			'A vague idea-linking ability would not live on a single token. The poem result rests on candidate end words held on the newline before the line, a mechanism the paper never ties to the Dallas-style reasoning of §3.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We are able to edit the model’s planned word and see that it restructures its next line accordingly'
				},
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'they found that this ability to link ideas is what allows the model to perform tasks like writing poetry or generating coherent stories'
			},
			paper: ['4.2', '4']
		}
	},
	{
		id: 'rhyme-planning-card-new-couplet',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Tracing a new couplet: where would you look first for the planned ending of line two?',
		back: 'On the newline at the end of line one',
		explanation:
			'In §4 the rhyme features and candidate end words sit on that newline, and it was the only place where steering worked. It is the natural first place to look, bearing in mind that only about half of poems showed such features.',
		sources: {
			evidence: [
				{
					section: '13',
					text: 'we observe that the model represents several candidate rhyming words to end the next line with on the new-line token preceding that line'
				},
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				}
			],
			paper: ['4', '13']
		}
	},
	{
		id: 'rhyme-planning-card-why-not-improvisation',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Why does an edit on the newline that rewrites the middle of the line count against pure improvisation?',
		back: 'Because the middle of the line changes to lead to the new ending ("like a starving rabbit" becomes "a powerful habit"): the line’s start depends on an ending chosen before it was written, which pure improvisation rules out.',
		explanation:
			'Under pure improvisation the model writes the start of a line without regard to the rhyme and settles the rhyming word only at the end. An edit on the newline might still disturb such a line, but it would not rewrite the middle to fit one particular new ending; that targeted rewrite shows the ending was chosen first.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'Pure improvisation – the model could write the beginning of each line without regard for the need to rhyme at the end'
				},
				{
					section: '4.3',
					text: 'We find that suppressing the “rabbit” features changes the transition to one that matches the alternate planned word'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'So it’s not just spitting out random words; it’s actually thinking about the structure of its output?'
			},
			paper: ['4.3', '4']
		}
	},
	{
		id: 'rhyme-planning-card-break-rhyme',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'In §4’s carrot couplet, which feature was suppressed on the newline to remove the "-it" rhyme, and what endings resulted?',
		back: 'The "rhymes with eet/it/et" feature. With the line fixed up to "…like a starving", the top endings were "jaguar" (35%) and "cobra" (21%); with the whole line resampled they spread thin, led by "blabber" (5%) and "grabber" (4%).',
		explanation:
			'Suppressing only "rabbit" and "habit" leaves the rhyme feature at work, and the last word becomes another ending such as "crab, it", "rat" or "bandit" (Fig. 12). Suppressing the rhyme feature itself takes away the "-it" endings: the fixed-line runs (Fig. 12) end on animals, and the whole-line runs (Fig. 16) give a thin spread, with no ending above 5%. The paper reports only these distributions and does not say whether the new lines still rhyme. Our own guess, not the paper’s claim, is that the "-ab" endings echo the "ab" sound of "grab", for which the baseline graph has features.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'We suppress features for planned words and rhyming schemes, and also inject different rhyming schemes and planned words'
				},
				{
					section: '4.4',
					text: 'We test this with further steering experiments where we perform our earlier set of interventions, but resample the entire final line'
				}
			],
			paper: ['4.1', '4.4', '4']
		}
	},
	{
		id: 'rhyme-planning-card-scope',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A friend says the rabbit result proves Claude plans every line of every poem. What can you fairly say?',
		back: 'Only that planning appears in the examples studied: §4 found planned-word features in about half the poems it examined, and the authors, though they think planning likely more widespread, say they do not claim so.',
		explanation:
			'The limitations section sets the rule for reading every case study: a result is a claim about the examples shown, not about the model in general. §4’s wider checks fit that: planned-word features turned up in only about half the poems investigated (perhaps because the replacement model missed them, perhaps because the model does not always plan), and when "rabbit" or "green" was injected into 25 poems, the line ended on the injected word in 70% of cases. The authors find it plausible that planning is common, yet stop short of saying it, so "every line of every poem" goes further than they do.',
		sources: {
			evidence: [
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				},
				{
					section: '14',
					text: "It seems likely that the phenomenon is more widespread, but it's not our intent to make that claim"
				}
			],
			paper: ['14', '4']
		}
	},
	{
		id: 'rhyme-planning-card-two-setups',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'In the paper’s rhyming couplet ("He saw a carrot and had to grab it,"), the interventions on the newline are run in two set-ups. What are they, and what does each measure?',
		back: 'Last word only: with "His hunger was like a starving" kept fixed, the probability of the final word (baseline rabbit 81%, habit 19%; Fig. 12). Whole line: the second line resampled, with the final word counted over 500 samples (baseline habit 34%, "it" 34%, rabbit 22%; Fig. 16).',
		explanation:
			'The same intervention gives different numbers in the two set-ups, because with the whole line free the model can choose other endings. Suppressing "rabbit" gives "habit" 95% when only the last word is open, but with the line free "it" takes 44% and "habit" 26%. Always say which set-up a poem percentage comes from.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'Interventions testing our understanding of the final token completion in the poetry example'
				},
				{
					section: '4.4',
					text: 'Interventions testing our understanding of the entire final line completion in the poetry example'
				}
			],
			paper: ['4.1', '4.4']
		}
	},
	{
		id: 'rhyme-planning-card-sentence-structure',
		topic: 'rhyme-planning',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'What does §4.4 ("Planned Words Determine Sentence Structure") add to the last-word experiments?',
		back: 'With the whole line resampled, changing the plan on the newline changes how the entire line is built, so that it ends on the new target',
		explanation:
			'The last-word runs only show that the plan pushes the final token. Resampling the line shows the plan working backward through the sentence, as in lines rebuilt to end on an injected "green".',
		sources: {
			evidence: [
				{
					section: '4.4',
					text: 'We test this with further steering experiments where we perform our earlier set of interventions, but resample the entire final line'
				},
				{
					section: '4.4',
					text: 'We find that interventions on planning features cause the model to alter the structure of its line to reach a final word which matches the intervention'
				}
			],
			paper: ['4.4']
		}
	}
];
